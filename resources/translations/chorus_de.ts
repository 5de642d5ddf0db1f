<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendanceRole</name>
    <message>
        <location filename="../../core/model/Event.cpp" line="20"/>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="21"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="22"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="74"/>
        <source>Do with</source>
        <translation>Mit anderen</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="75"/>
        <source>Do to</source>
        <translation>An andere gerichtet</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="27"/>
        <source>Cannot copy %1 next to %2.</source>
        <translation>%1 kann nicht neben %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="37"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="49"/>
        <source>Backups: keep them for at least one day.</source>
        <translation>Sicherungen: Bewahren Sie sie mindestens einen Tag lang auf.</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="61"/>
        <source>The backup %1 was written but cannot be listed.</source>
        <translation>Die Sicherung %1 wurde geschrieben, lässt sich aber nicht auflisten.</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="131"/>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="137"/>
        <source>The backup %1 is damaged and was not restored: %2</source>
        <translation>Die Sicherung %1 ist beschädigt und wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="147"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="161"/>
        <source>Nothing was restored: the current workspace could not be backed up first: %1</source>
        <translation>Nichts wurde wiederhergestellt: Der aktuelle Arbeitsbereich konnte nicht zuerst gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="165"/>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../core/backup/BackupService.cpp" line="175"/>
        <source>Nothing was restored: cannot keep a copy of %1.</source>
        <translation>Nichts wurde wiederhergestellt: Es kann keine Kopie von %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupFiles.cpp" line="87"/>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupFiles.cpp" line="105"/>
        <source>Backup to %1 failed: %2</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupFiles.cpp" line="115"/>
        <source>The backup %1 did not verify: %2</source>
        <translation>Die Sicherung %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="11"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="12"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="13"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="14"/>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="15"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="16"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="17"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="18"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="19"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../core/model/CaptureDraft.cpp" line="20"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../core/capture/CaptureSession.cpp" line="81"/>
        <source>Stance: &quot;%1&quot; is not one of %2.</source>
        <translation>Haltung: „%1“ ist keine von %2.</translation>
    </message>
    <message>
        <location filename="../../core/capture/CaptureSession.cpp" line="128"/>
        <source>Name: say who you met.</source>
        <translation>Name: Sagen Sie, wen Sie getroffen haben.</translation>
    </message>
    <message>
        <location filename="../../core/capture/CaptureSession.cpp" line="133"/>
        <source>Kind: &quot;%1&quot; is not a kind of touchpoint.</source>
        <translation>Art: „%1“ ist keine Art von Kontaktpunkt.</translation>
    </message>
    <message>
        <location filename="../../core/capture/CaptureSession.cpp" line="144"/>
        <location filename="../../core/capture/QuickLog.cpp" line="37"/>
        <source>Due: &quot;%1&quot; is not a date (try &quot;friday&quot;, &quot;in 2 weeks&quot; or 2026-12-01).</source>
        <translation>Fällig: „%1“ ist kein Datum (versuchen Sie „Freitag“, „in 2 Wochen“ oder 2026-12-01).</translation>
    </message>
    <message>
        <location filename="../../core/capture/PersonResolver.cpp" line="50"/>
        <source>No person with id %1.</source>
        <translation>Keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/capture/PersonResolver.cpp" line="66"/>
        <source>Those handles belong to different people (%1); give the person&apos;s id.</source>
        <translation>Diese Handles gehören zu verschiedenen Personen (%1); geben Sie die ID der Person an.</translation>
    </message>
    <message>
        <location filename="../../core/capture/PersonResolver.cpp" line="76"/>
        <source>Name: say who it was (a name, a handle or an id).</source>
        <translation>Name: Sagen Sie, wer es war (ein Name, ein Handle oder eine ID).</translation>
    </message>
    <message>
        <location filename="../../core/capture/PersonResolver.cpp" line="104"/>
        <source>%1 people are called &quot;%2&quot; (%3); give the person&apos;s id or a handle.</source>
        <translation>%1 Personen heißen „%2“ (%3); geben Sie die ID der Person oder ein Handle an.</translation>
    </message>
    <message>
        <location filename="../../core/capture/QuickLog.cpp" line="23"/>
        <source>When: &quot;%1&quot; is not a time (try &quot;now&quot;, &quot;yesterday&quot;, &quot;2 days ago&quot; or 2026-11-20T09:14).</source>
        <translation>Wann: „%1“ ist keine Zeitangabe (versuchen Sie „jetzt“, „gestern“, „vor 2 Tagen“ oder 2026-11-20T09:14).</translation>
    </message>
    <message>
        <location filename="../../core/capture/QuickLog.cpp" line="29"/>
        <source>Kind: choose what happened, or write a note.</source>
        <translation>Art: Wählen Sie, was geschehen ist, oder schreiben Sie eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../core/capture/QuickLog.cpp" line="44"/>
        <source>Follow-up: a due date was given but not what was promised.</source>
        <translation>Follow-up: Ein Fälligkeitsdatum wurde angegeben, aber nicht, was versprochen wurde.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CaptureDraftRepository.cpp" line="40"/>
        <source>Capture: no event with id %1.</source>
        <translation>Erfassen: Keine Veranstaltung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CaptureDraftRepository.cpp" line="48"/>
        <location filename="../../core/storage/CaptureDraftRepository.cpp" line="88"/>
        <source>Capture: no draft with id %1.</source>
        <translation>Erfassen: Kein Entwurf mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CaptureDraftRepository.cpp" line="78"/>
        <source>Capture: no person with id %1.</source>
        <translation>Erfassen: Keine Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="26"/>
        <source>Chorus: a desktop studio for technology evangelists. Keeps the people around a platform, the conversations they take part in and every touchpoint with them.

Without WORKSPACE, Chorus opens your default workspace (%1, or $CHORUS_WORKSPACE). Use chorus-cli for scripts.</source>
        <translation>Chorus: ein Desktop-Studio für Technologie-Evangelisten. Hält die Menschen rund um eine Plattform fest, die Gespräche, an denen sie teilnehmen, und jeden Kontakt mit ihnen.

Ohne WORKSPACE öffnet Chorus Ihren Standard-Arbeitsbereich (%1 oder $CHORUS_WORKSPACE). Für Skripte gibt es chorus-cli.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="32"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="34"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="53"/>
        <source>The workspace file (.chorus) to open.</source>
        <translation>Die Arbeitsbereichsdatei (.chorus), die geöffnet werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="79"/>
        <source>%1: %2 (see %1 --help)
</source>
        <translation>%1: %2 (siehe %1 --help)
</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="86"/>
        <source>%1: give one workspace file, not %2 (see %1 --help)
</source>
        <translation>%1: Geben Sie eine Arbeitsbereichsdatei an, nicht %2 (siehe %1 --help)
</translation>
    </message>
</context>
<context>
    <name>ConversationStatus</name>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="10"/>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="11"/>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="12"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="13"/>
        <source>Hosting</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="14"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="37"/>
        <source>Conversation: give it a title or a link.</source>
        <translation>Gespräch: Geben Sie ihm einen Titel oder einen Link.</translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="40"/>
        <source>Link: &quot;%1&quot; is not a valid address.</source>
        <translation>Link: „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="91"/>
        <location filename="../../core/storage/ConversationRepository.cpp" line="116"/>
        <location filename="../../core/storage/ConversationRepository.cpp" line="135"/>
        <source>No conversation with id %1.</source>
        <translation>Kein Gespräch mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="266"/>
        <source>Participant: no person with id %1.</source>
        <translation>Teilnehmer: Keine Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="46"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="52"/>
        <source>%1 is not a Chorus workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein Chorus-Arbeitsbereich: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="56"/>
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="69"/>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="103"/>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="107"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="122"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="129"/>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 ist beschädigt oder kein Arbeitsbereich: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="136"/>
        <source>%1 was written by a newer version of Chorus (workspace format %2; this version reads up to %3). It has not been changed.</source>
        <translation>%1 wurde von einer neueren Chorus-Version geschrieben (Arbeitsbereichsformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="148"/>
        <source>%1 is damaged or not a Chorus workspace: %2</source>
        <translation>%1 ist beschädigt oder kein Chorus-Arbeitsbereich: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="154"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="158"/>
        <source>%1 is an SQLite database of another program, not a Chorus workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Chorus-Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="169"/>
        <source>%1 uses workspace format %2 and needs an upgrade, which cannot be done here.</source>
        <translation>%1 verwendet das Arbeitsbereichsformat %2 und muss aktualisiert werden, was hier nicht möglich ist.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="189"/>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="197"/>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="211"/>
        <source>%1 was not upgraded because no backup could be made first: %2</source>
        <translation>%1 wurde nicht aktualisiert, weil zuvor keine Sicherung erstellt werden konnte: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="219"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="223"/>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Format %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="266"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="274"/>
        <source>Commit without a transaction.</source>
        <translation>Commit ohne Transaktion.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="281"/>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../../core/dedupe/DuplicateFinder.cpp" line="19"/>
        <location filename="../../core/storage/DedupeRepository.cpp" line="155"/>
        <source>The duplicate scan was cancelled.</source>
        <translation>Die Duplikatsuche wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="45"/>
        <source>same email %1</source>
        <translation>gleiche E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="47"/>
        <source>same handle %1</source>
        <translation>gleiches Handle %1</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="49"/>
        <source>same phone number %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="51"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="53"/>
        <source>same name in another order</source>
        <translation>gleicher Name in anderer Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="55"/>
        <source>name matches with initials</source>
        <translation>Name stimmt mit Initialen überein</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="57"/>
        <source>name matches with a short form</source>
        <translation>Name stimmt mit einer Kurzform überein</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="59"/>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="61"/>
        <source>same name written in another script</source>
        <translation>gleicher Name in einer anderen Schrift</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="63"/>
        <source>at the same organisation (%1)</source>
        <translation>bei derselben Organisation (%1)</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="65"/>
        <source>at different organisations (%1)</source>
        <translation>bei verschiedenen Organisationen (%1)</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/MatchEvidence.cpp" line="67"/>
        <source>but the names differ</source>
        <translation>aber die Namen unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../../core/storage/DedupeRepository.cpp" line="179"/>
        <source>Not duplicates: give two different people.</source>
        <translation>Keine Duplikate: Geben Sie zwei verschiedene Personen an.</translation>
    </message>
    <message>
        <location filename="../../core/storage/DedupeRepository.cpp" line="187"/>
        <source>Not duplicates: no person with id %1 or %2.</source>
        <translation>Keine Duplikate: Keine Person mit der ID %1 oder %2.</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../core/model/Event.cpp" line="10"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="11"/>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="12"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="13"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="14"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="26"/>
        <source>Event: a name is needed.</source>
        <translation>Veranstaltung: Ein Name wird benötigt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="28"/>
        <source>Event dates: the end is before the start.</source>
        <translation>Veranstaltungsdaten: Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="31"/>
        <source>Event link: &quot;%1&quot; is not a valid address.</source>
        <translation>Veranstaltungslink: „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="72"/>
        <location filename="../../core/storage/EventRepository.cpp" line="94"/>
        <location filename="../../core/storage/EventRepository.cpp" line="115"/>
        <source>No event with id %1.</source>
        <translation>Keine Veranstaltung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="182"/>
        <source>Attendee: no person with id %1.</source>
        <translation>Teilnehmer: Keine Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../core/io/WorkspaceExport.cpp" line="50"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: Der Ordner %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../core/storage/FeedbackRepository.cpp" line="23"/>
        <source>Feedback: the suggestion is not identified.</source>
        <translation>Rückmeldung: Der Vorschlag ist nicht bestimmt.</translation>
    </message>
    <message>
        <location filename="../../core/storage/FeedbackRepository.cpp" line="27"/>
        <source>Snooze: choose a date.</source>
        <translation>Zurückstellen: Wählen Sie ein Datum.</translation>
    </message>
</context>
<context>
    <name>FeedbackAction</name>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="10"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="11"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="12"/>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../core/feeds/FeedParser.cpp" line="78"/>
        <source>the feed is not well-formed XML at line %1, column %2: %3</source>
        <translation>Der Feed ist kein wohlgeformtes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedParser.cpp" line="123"/>
        <source>the feed is empty</source>
        <translation>Der Feed ist leer</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedParser.cpp" line="149"/>
        <source>this is not an RSS or Atom feed: the document starts with &lt;%1&gt; at line %2</source>
        <translation>Dies ist kein RSS- oder Atom-Feed: Das Dokument beginnt mit &lt;%1&gt; in Zeile %2</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedParser.cpp" line="356"/>
        <source>Untitled item</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedParser.cpp" line="363"/>
        <source>item %1 (%2): %3 &quot;%4&quot; is not a date</source>
        <translation>Eintrag %1 (%2): %3 „%4“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/desktop/FirstRun.cpp" line="17"/>
        <location filename="../../app/desktop/FirstRun.cpp" line="37"/>
        <location filename="../../app/desktop/FirstRun.cpp" line="49"/>
        <source>Chorus</source>
        <translation>Chorus</translation>
    </message>
    <message>
        <location filename="../../app/desktop/FirstRun.cpp" line="35"/>
        <source>Making a sample community…</source>
        <translation>Beispiel-Community wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../app/desktop/FirstRun.cpp" line="36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <location filename="../../ui/capture/FollowUpCommand.cpp" line="24"/>
        <source>Follow-up Done: %1</source>
        <translation>Follow-up erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpCommand.cpp" line="25"/>
        <source>Snooze Until %1: %2</source>
        <translation>Zurückstellen bis %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../core/capture/FollowUpActions.cpp" line="62"/>
        <source>Snooze: &quot;%1&quot; is not a date (try &quot;tomorrow&quot;, &quot;next week&quot; or 2026-12-01).</source>
        <translation>Zurückstellen: „%1“ ist kein Datum (versuchen Sie „morgen“, „nächste Woche“ oder 2026-12-01).</translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="48"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="77"/>
        <source>Follow-up: say what was promised.</source>
        <translation>Follow-up: Sagen Sie, was versprochen wurde.</translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="50"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="79"/>
        <source>Follow-up: the due date is missing or invalid.</source>
        <translation>Follow-up: Das Fälligkeitsdatum fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="63"/>
        <source>Follow-up: no person with id %1.</source>
        <translation>Follow-up: Keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="100"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="153"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="171"/>
        <source>No follow-up with id %1.</source>
        <translation>Kein Follow-up mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="132"/>
        <source>Snooze: the date is invalid.</source>
        <translation>Zurückstellen: Das Datum ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <location filename="../../core/graph/Communities.cpp" line="48"/>
        <source>Community %1</source>
        <translation>Community %1</translation>
    </message>
    <message>
        <location filename="../../core/graph/Communities.cpp" line="50"/>
        <source>%1 &amp; %2</source>
        <comment>community label from two topics</comment>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <location filename="../../core/graph/GraphBuilder.cpp" line="15"/>
        <source>Building the map was cancelled.</source>
        <translation>Das Erstellen der Karte wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/graph/GraphMetrics.cpp" line="17"/>
        <source>Graph analysis was cancelled.</source>
        <translation>Die Graphanalyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/graph/Igraph.cpp" line="39"/>
        <source>Graph analysis failed (%1): %2</source>
        <translation>Die Graphanalyse ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../../core/graph/MapLayout.cpp" line="96"/>
        <source>The map layout was cancelled.</source>
        <translation>Das Anordnen der Karte wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <location filename="../../core/graph/GraphExport.cpp" line="70"/>
        <source>Relationship map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <location filename="../../core/graph/GraphExport.cpp" line="238"/>
        <source>Writing the graph failed: %1</source>
        <translation>Das Schreiben des Graphen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../core/graph/GraphExport.cpp" line="246"/>
        <location filename="../../core/graph/GraphExport.cpp" line="249"/>
        <location filename="../../core/graph/GraphExport.cpp" line="252"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <location filename="../../core/io/ICalWriter.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/io/ICalWriter.cpp" line="38"/>
        <source>Follow up with %1: %2</source>
        <translation>Follow-up mit %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ICalWriter.cpp" line="69"/>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../core/model/IdentityParsing.cpp" line="50"/>
        <source>Handle: nothing was typed.</source>
        <translation>Handle: Es wurde nichts eingegeben.</translation>
    </message>
    <message>
        <location filename="../../core/model/IdentityParsing.cpp" line="92"/>
        <source>Handle: &quot;%1&quot; is not a handle, address or profile link.</source>
        <translation>Handle: „%1“ ist kein Handle, keine Adresse und kein Profillink.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="275"/>
        <source>%1: no such mapping file or preset (presets: %2)</source>
        <translation>%1: Keine solche Zuordnungsdatei oder Vorlage (Vorlagen: %2)</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="282"/>
        <source>not a JSON mapping object (%1 at offset %2)</source>
        <translation>Kein JSON-Zuordnungsobjekt (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="292"/>
        <source>&quot;preset&quot;: unknown preset &quot;%1&quot;</source>
        <translation>&quot;preset&quot;: Unbekannte Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="299"/>
        <source>&quot;target&quot;: give &quot;people&quot; or &quot;touchpoints&quot;, not &quot;%1&quot;</source>
        <translation>„target“: „people“ oder „touchpoints“ angeben, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="312"/>
        <source>&quot;delimiter&quot;: give &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;</source>
        <translation>&quot;delimiter&quot;: Geben Sie &quot;,&quot;, &quot;;&quot; oder &quot;tab&quot; an, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="319"/>
        <source>&quot;columns&quot;: give an object of header: field</source>
        <translation>&quot;columns&quot;: Geben Sie ein Objekt aus Spaltenkopf: Feld an</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="324"/>
        <source>column &quot;%1&quot;: unknown field &quot;%2&quot;</source>
        <translation>Spalte „%1“: Unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="332"/>
        <source>unknown key &quot;%1&quot; (known: preset, target, encoding, delimiter, columns)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: preset, target, encoding, delimiter, columns)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvParser.cpp" line="41"/>
        <source>a quoted field starts here and is never closed (a missing &quot; before the end of the file)</source>
        <translation>Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird (ein fehlendes &quot; vor dem Dateiende)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvParser.cpp" line="59"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvParser.cpp" line="93"/>
        <location filename="../../core/io/ImportCommit.cpp" line="198"/>
        <location filename="../../core/io/ImportCommit.cpp" line="233"/>
        <location filename="../../core/io/ImportPlan.cpp" line="63"/>
        <location filename="../../core/io/TouchpointImport.cpp" line="18"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportCommit.cpp" line="14"/>
        <location filename="../../core/io/TouchpointImport.cpp" line="228"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportPlan.cpp" line="26"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportPlan.cpp" line="28"/>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportPlan.cpp" line="30"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportPlan.cpp" line="89"/>
        <source>the same name and organisation as line %1</source>
        <translation>Gleicher Name und gleiche Organisation wie Zeile %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportPlan.cpp" line="92"/>
        <source>the same %1 %2 as line %3</source>
        <translation>Gleiche(s) %1 %2 wie Zeile %3</translation>
    </message>
    <message>
        <location filename="../../core/io/SourceLocation.cpp" line="8"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../core/io/SourceLocation.cpp" line="10"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location filename="../../core/io/SourceLocation.cpp" line="12"/>
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/io/SourceLocation.cpp" line="14"/>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <location filename="../../core/io/SourceLocation.cpp" line="16"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TextDecoding.cpp" line="88"/>
        <source>invalid UTF-8 (byte %1 at offset %2); the file is damaged or in another encoding: choose its encoding</source>
        <translation>Ungültiges UTF-8 (Byte %1 bei Offset %2); die Datei ist beschädigt oder anders kodiert: Wählen Sie ihre Kodierung</translation>
    </message>
    <message>
        <location filename="../../core/io/TextDecoding.cpp" line="108"/>
        <location filename="../../core/io/TextDecoding.cpp" line="184"/>
        <source>the file is not valid %1</source>
        <translation>Die Datei ist kein gültiges %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TextDecoding.cpp" line="117"/>
        <source>a NUL byte: this is not a text file (or it is UTF-16 without a byte order mark)</source>
        <translation>Ein NUL-Byte: Dies ist keine Textdatei (oder sie ist UTF-16 ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <location filename="../../core/io/TextDecoding.cpp" line="180"/>
        <source>%1: unknown encoding &quot;%2&quot;</source>
        <translation>%1: Unbekannte Kodierung „%2“</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="117"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="124"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="163"/>
        <source>&quot;%1&quot; is not a stance (%2)</source>
        <translation>„%1“ ist keine Haltung (%2)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="194"/>
        <source>&quot;%1&quot; is not an audience size</source>
        <translation>„%1“ ist keine Publikumsgröße</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="239"/>
        <source>the file holds no rows</source>
        <translation>Die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="252"/>
        <source>this row has %1 fields but the header (line %2) has %3</source>
        <translation>Diese Zeile hat %1 Felder, aber der Spaltenkopf (Zeile %2) hat %3</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="276"/>
        <location filename="../../core/io/TouchpointRows.cpp" line="154"/>
        <source>column %1 (%2): %3</source>
        <translation>Spalte %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="287"/>
        <source>no name (map a column to Name, or to First and Last name)</source>
        <translation>Kein Name (ordnen Sie eine Spalte „Name“ oder „Vorname“ und „Nachname“ zu)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="320"/>
        <source>no column holds a name (headers: %1); give a mapping that maps one to &quot;name&quot; or &quot;first-name&quot;/&quot;last-name&quot;</source>
        <translation>Keine Spalte enthält einen Namen (Spaltenköpfe: %1); geben Sie eine Zuordnung an, die eine Spalte „name“ oder „first-name“/„last-name“ zuordnet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="42"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="42"/>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="49"/>
        <source>expected a whole number</source>
        <translation>Ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="56"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="62"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="68"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="75"/>
        <source>expected a date and time like 2026-11-20T09:14:00Z</source>
        <translation>Datum und Uhrzeit wie 2026-11-20T09:14:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="83"/>
        <source>expected a date like 2026-11-20</source>
        <translation>Datum wie 2026-11-20 erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="151"/>
        <source>not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="157"/>
        <source>not a Chorus workspace export (expected &quot;format&quot;: &quot;chorus-workspace&quot;)</source>
        <translation>Kein Export eines Chorus-Arbeitsbereichs (erwartet: &quot;format&quot;: &quot;chorus-workspace&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="161"/>
        <source>missing or not a number</source>
        <translation>Fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="164"/>
        <source>%1: written by a newer Chorus (format version %2; this one reads up to %3)</source>
        <translation>%1: Von einer neueren Chorus-Version geschrieben (Formatversion %2; diese liest bis %3)</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="173"/>
        <source>unknown table</source>
        <translation>Unbekannte Tabelle</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="183"/>
        <source>expected a list of rows</source>
        <translation>Liste von Zeilen erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="190"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="196"/>
        <source>unknown field</source>
        <translation>Unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../../core/io/JsonWorkspace.cpp" line="222"/>
        <source>%1: a JSON export restores a whole workspace and needs an empty one; this workspace already holds data (%2 rows). Import into a new workspace (--db NEW.chorus).</source>
        <translation>%1: Ein JSON-Export stellt einen ganzen Arbeitsbereich wieder her und braucht einen leeren; dieser Arbeitsbereich enthält bereits Daten (%2 Zeilen). Importieren Sie in einen neuen Arbeitsbereich (--db NEU.chorus).</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardImport.cpp" line="109"/>
        <source>line %1, EMAIL: &quot;%2&quot; is not an email address</source>
        <translation>Zeile %1, EMAIL: „%2“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardImport.cpp" line="141"/>
        <source>line %1, X-CHORUS-STANCE: &quot;%2&quot; is not a stance</source>
        <translation>Zeile %1, X-CHORUS-STANCE: „%2“ ist keine Haltung</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardImport.cpp" line="154"/>
        <source>the card has no name (FN or N)</source>
        <translation>Die Karte hat keinen Namen (FN oder N)</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="96"/>
        <source>&quot;%1&quot; is not a vCard property (NAME:value)</source>
        <translation>„%1“ ist keine vCard-Eigenschaft (NAME:Wert)</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="194"/>
        <source>this card has no END:VCARD (the next card begins on line %1)</source>
        <translation>Diese Karte hat kein END:VCARD (die nächste Karte beginnt in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="200"/>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="207"/>
        <source>text outside a card (expected BEGIN:VCARD): &quot;%1&quot;</source>
        <translation>Text außerhalb einer Karte (erwartet: BEGIN:VCARD): „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="219"/>
        <source>this card has no END:VCARD (the file ends first)</source>
        <translation>Diese Karte hat kein END:VCARD (die Datei endet vorher)</translation>
    </message>
    <message>
        <location filename="../../core/io/VCardReader.cpp" line="221"/>
        <source>no vCard in the file (no BEGIN:VCARD)</source>
        <translation>Keine vCard in der Datei (kein BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="63"/>
        <source>there is no person %1</source>
        <translation>es gibt keine Person %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="64"/>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="77"/>
        <source>same %1 %2</source>
        <translation>gleiches %1 %2</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="80"/>
        <source>nobody stored has these handles</source>
        <translation>niemand im Arbeitsbereich hat diese Handles</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="91"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="95"/>
        <source>%1 people are called %2: add an email, handle or person id</source>
        <translation>%1 Personen heißen %2: Geben Sie eine E-Mail-Adresse, ein Handle oder eine Personen-ID an</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="101"/>
        <source>nobody stored is %1</source>
        <translation>niemand im Arbeitsbereich heißt %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="173"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="186"/>
        <source>already logged (touchpoint %1)</source>
        <translation>bereits erfasst (Kontaktpunkt %1)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointImport.cpp" line="189"/>
        <source>the same touchpoint as line %1</source>
        <translation>derselbe Kontaktpunkt wie in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="39"/>
        <source>&quot;%1&quot; is not a person id</source>
        <translation>„%1“ ist keine Personen-ID</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="45"/>
        <source>no kind of touchpoint (%1)</source>
        <translation>keine Art von Kontaktpunkt (%1)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="48"/>
        <source>&quot;%1&quot; is not a kind of touchpoint (%2)</source>
        <translation>„%1“ ist keine Art von Kontaktpunkt (%2)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="54"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="57"/>
        <source>&quot;%1&quot; is not a date (give 2026-11-20 or 2026-11-20T09:14:00Z)</source>
        <translation>„%1“ ist kein Datum (z. B. 2026-11-20 oder 2026-11-20T09:14:00Z angeben)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="68"/>
        <source>&quot;%1&quot; is not a direction (in or out)</source>
        <translation>„%1“ ist keine Richtung (in oder out)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="73"/>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="128"/>
        <source>who (&quot;name&quot;, &quot;person-id&quot;, &quot;email&quot; or another handle)</source>
        <translation>wer („name“, „person-id“, „email“ oder ein anderes Handle)</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="135"/>
        <source>a touchpoint file needs columns for %1 (headers: %2); give a mapping that maps them</source>
        <translation>eine Kontaktpunkt-Datei braucht Spalten für %1 (Kopfzeile: %2); geben Sie eine Zuordnung an, die sie zuordnet</translation>
    </message>
    <message>
        <location filename="../../core/io/TouchpointRows.cpp" line="159"/>
        <source>no person (the row names nobody)</source>
        <translation>keine Person (die Zeile nennt niemanden)</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="17"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="19"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="20"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="21"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="22"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="23"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="24"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="25"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="26"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="27"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="28"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="29"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="30"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="31"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="32"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="33"/>
        <source>Handle (any platform)</source>
        <translation>Handle (beliebige Plattform)</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="34"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="35"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="36"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="37"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="38"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="39"/>
        <source>Person id</source>
        <translation>Personen-ID</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="40"/>
        <source>Kind of touchpoint</source>
        <translation>Art des Kontaktpunkts</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="41"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="42"/>
        <source>Direction (in/out)</source>
        <translation>Richtung (in/out)</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="43"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="44"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="115"/>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportField.cpp" line="116"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <location filename="../../core/graph/MapRenderer.cpp" line="181"/>
        <source>The image size must be between 16 and 20000 pixels a side.</source>
        <translation>Die Bildgröße muss zwischen 16 und 20000 Pixeln je Seite liegen.</translation>
    </message>
    <message>
        <location filename="../../core/graph/MapRenderer.cpp" line="186"/>
        <location filename="../../core/graph/MapRenderer.cpp" line="210"/>
        <location filename="../../core/graph/MapRenderer.cpp" line="217"/>
        <location filename="../../core/graph/MapRenderer.cpp" line="280"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/graph/MapRenderer.cpp" line="191"/>
        <source>Cannot write %1: encoding the image failed.</source>
        <translation>%1 kann nicht geschrieben werden: Das Kodieren des Bildes ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../core/graph/MapRenderer.cpp" line="195"/>
        <location filename="../../core/graph/MapRenderer.cpp" line="227"/>
        <source>Relationship map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <location filename="../../core/graph/MapRenderer.cpp" line="207"/>
        <source>%1: use a .png, .svg or .pdf file name.</source>
        <translation>%1: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <location filename="../../core/mapdraw/MapScenePainter.cpp" line="188"/>
        <source>%n smaller communities</source>
        <translation>
            <numerusform>%n kleinere Community</numerusform>
            <numerusform>%n kleinere Communitys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mapdraw/MapScenePainter.cpp" line="190"/>
        <source> (%n people)</source>
        <translation>
            <numerusform> (%n Person)</numerusform>
            <numerusform> (%n Personen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPreset</name>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="117"/>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="129"/>
        <source>Google contacts</source>
        <translation>Google-Kontakte</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="143"/>
        <source>Outlook contacts</source>
        <translation>Outlook-Kontakte</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="154"/>
        <source>Chorus people</source>
        <translation>Chorus-Personen</translation>
    </message>
    <message>
        <location filename="../../core/io/ColumnMapping.cpp" line="166"/>
        <source>Chorus touchpoints</source>
        <translation>Chorus-Kontaktpunkte</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="34"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="112"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="114"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="116"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="118"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="120"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="122"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="124"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="205"/>
        <source>Cannot undo the merge: %1 has changed since. Undo those changes first.</source>
        <translation>Die Zusammenführung kann nicht rückgängig gemacht werden: %1 wurde seitdem geändert. Machen Sie zuerst diese Änderungen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../core/dedupe/PersonMerger.cpp" line="211"/>
        <source>Cannot undo the merge: %1</source>
        <translation>Die Zusammenführung kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonMergeRepository.cpp" line="279"/>
        <source>Merge: choose two different people.</source>
        <translation>Zusammenführen: Wählen Sie zwei verschiedene Personen.</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonMergeRepository.cpp" line="296"/>
        <source>Merge: your own entry cannot be merged into someone else; merge the other way round.</source>
        <translation>Zusammenführen: Ihr eigener Eintrag kann nicht in einen anderen zusammengeführt werden; führen Sie andersherum zusammen.</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonMergeRepository.cpp" line="301"/>
        <source>Merge: no person with id %1 or %2.</source>
        <translation>Zusammenführen: Keine Person mit der ID %1 oder %2.</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonMergeRepository.cpp" line="349"/>
        <source>Merge: %1 rows of %2 still point at person %3; nothing was changed.</source>
        <translation>Zusammenführen: %1 Zeilen von %2 verweisen noch auf Person %3; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../../ui/capture/MergeCommand.cpp" line="18"/>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="21"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="50"/>
        <location filename="../../core/storage/NoteRepository.cpp" line="73"/>
        <source>Note: the text is empty.</source>
        <translation>Notiz: Der Text ist leer.</translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="52"/>
        <source>Note: attach it to a person, conversation or event.</source>
        <translation>Notiz: Hängen Sie sie an eine Person, ein Gespräch oder eine Veranstaltung an.</translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="64"/>
        <source>Note: what it is attached to (id %1) does not exist.</source>
        <translation>Notiz: Das Element, an dem sie hängt (ID %1), existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="79"/>
        <location filename="../../core/storage/NoteRepository.cpp" line="96"/>
        <source>No note with id %1.</source>
        <translation>Keine Notiz mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="10"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="12"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="14"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="16"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="18"/>
        <source>Map</source>
        <comment>the relationship map</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="20"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="22"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="24"/>
        <source>Sources</source>
        <comment>feeds and imports</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="32"/>
        <source>Your morning list will appear here: people to support, threads worth joining, introductions worth making, relationships going cold and follow-ups due.</source>
        <translation>Hier erscheint Ihre Morgenliste: Personen, die Sie unterstützen sollten, Threads, in die sich das Einsteigen lohnt, lohnende Vorstellungen, abkühlende Beziehungen und fällige Follow-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="36"/>
        <source>Everyone in your world, with their profiles.</source>
        <translation>Alle Menschen in Ihrer Welt, mit ihren Profilen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="38"/>
        <source>Threads, posts and talks with their participants.</source>
        <translation>Threads, Beiträge und Vorträge mit ihren Teilnehmern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="40"/>
        <source>Conferences, meetups and calls with their attendees.</source>
        <translation>Konferenzen, Meetups und Anrufe mit ihren Teilnehmern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="42"/>
        <source>The relationship map will appear here: communities, bridges between them and who is isolated.</source>
        <translation>Hier erscheint die Beziehungskarte: Communities, Brücken zwischen ihnen und wer isoliert ist.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="46"/>
        <source>Charts will appear here: your do-with / do-to balance, relationship health over time and follow-ups kept.</source>
        <translation>Hier erscheinen Diagramme: Ihr Verhältnis von „mit anderen“ zu „an andere gerichtet“, die Gesundheit der Beziehungen im Zeitverlauf und eingehaltene Follow-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="51"/>
        <source>Relationship reports for your manager or team will be made here (PDF, HTML, CSV, Markdown).</source>
        <translation>Hier entstehen Beziehungsberichte für Ihre Vorgesetzten oder Ihr Team (PDF, HTML, CSV, Markdown).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/PageId.cpp" line="55"/>
        <source>Feeds and imports will be managed here: where new posts and people come from.</source>
        <translation>Hier werden Feeds und Importe verwaltet: woher neue Beiträge und Personen kommen.</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="20"/>
        <source>Started it</source>
        <translation>Hat ihn begonnen</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="21"/>
        <source>Replied</source>
        <translation>Hat geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="22"/>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../core/storage/ErasureRepository.cpp" line="19"/>
        <location filename="../../core/storage/PeopleRepository.cpp" line="97"/>
        <location filename="../../core/storage/PeopleRepository.cpp" line="156"/>
        <location filename="../../core/storage/PeopleRepository.cpp" line="189"/>
        <location filename="../../core/storage/PersonRecordRepository.cpp" line="74"/>
        <source>No person with id %1.</source>
        <translation>Keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRecordRepository.cpp" line="133"/>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/PeopleRepository.cpp" line="140"/>
        <source>%1: &quot;%2&quot; is already listed for this person.</source>
        <translation>%1: „%2“ ist für diese Person bereits eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/storage/PeopleRepository.cpp" line="374"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>PeopleBulkCommands</name>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="21"/>
        <source>Set stance of 1 person</source>
        <translation>Haltung von 1 Person festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="21"/>
        <source>Set stance of %L1 people</source>
        <translation>Haltung von %L1 Personen festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="48"/>
        <source>Archive 1 person</source>
        <translation>1 Person archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="48"/>
        <source>Archive %L1 people</source>
        <translation>%L1 Personen archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="49"/>
        <source>Restore 1 person from the archive</source>
        <translation>1 Person aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="50"/>
        <source>Restore %L1 people from the archive</source>
        <translation>%L1 Personen aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="74"/>
        <source>Tag 1 person</source>
        <translation>1 Person verschlagworten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleBulkCommands.cpp" line="74"/>
        <source>Tag %L1 people</source>
        <translation>%L1 Personen verschlagworten</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <location filename="../../ui/people/PersonCommands.cpp" line="34"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonCommands.cpp" line="68"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonCommands.cpp" line="94"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>PersonTimeline</name>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="25"/>
        <source>%1 (they reached out)</source>
        <translation>%1 (die Person hat sich gemeldet)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="35"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="46"/>
        <source>Started a thread</source>
        <translation>Hat einen Thread begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="47"/>
        <source>Took part in a thread</source>
        <translation>Hat an einem Thread teilgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="48"/>
        <source>Mentioned in a thread</source>
        <translation>In einem Thread erwähnt</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="59"/>
        <source>Follow-up due</source>
        <translation>Follow-up fällig</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonTimeline.cpp" line="62"/>
        <source>Follow-up done</source>
        <translation>Follow-up erledigt</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../core/model/Identity.cpp" line="16"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="18"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="20"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="22"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="24"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="26"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="28"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="30"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="32"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="36"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="38"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="36"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="47"/>
        <source>Cannot create the file %1: %2</source>
        <translation>Die Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="57"/>
        <source>Cannot restrict access to %1: %2</source>
        <translation>Der Zugriff auf %1 kann nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="66"/>
        <location filename="../../core/util/PrivateFiles.cpp" line="72"/>
        <location filename="../../core/util/PrivateFiles.cpp" line="75"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="39"/>
        <source>Chorus is already open on %1; that window was brought forward.</source>
        <translation>Chorus ist bereits mit %1 geöffnet; dieses Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="71"/>
        <location filename="../../app/desktop/main.cpp" line="76"/>
        <source>Chorus</source>
        <translation>Chorus</translation>
    </message>
</context>
<context>
    <name>QuickLogCommand</name>
    <message>
        <location filename="../../ui/capture/QuickLogCommand.cpp" line="20"/>
        <source>Log %1</source>
        <translation>%1 protokollieren</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogCommand.cpp" line="20"/>
        <source>Log Note</source>
        <translation>Notiz protokollieren</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <location filename="../../core/storage/ReachRepository.cpp" line="12"/>
        <source>Reach: a date and a non-negative audience size are needed.</source>
        <translation>Reichweite: Ein Datum und eine nicht negative Publikumsgröße werden benötigt.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="19"/>
        <source>Community report: communities come from the relationship map, which is not available here; report on a topic instead.</source>
        <translation>Community-Bericht: Communities stammen aus der Beziehungskarte, die hier nicht verfügbar ist; berichten Sie stattdessen über ein Thema.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="25"/>
        <source>Community report: choose a community or a topic.</source>
        <translation>Community-Bericht: Wählen Sie eine Community oder ein Thema.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="42"/>
        <source>Community report: give a period whose end is not before its start.</source>
        <translation>Community-Bericht: Geben Sie einen Zeitraum an, dessen Ende nicht vor seinem Beginn liegt.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="54"/>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="76"/>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="151"/>
        <location filename="../../core/report/CsvReport.cpp" line="18"/>
        <location filename="../../core/report/PdfRenderer.cpp" line="94"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="26"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="121"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="207"/>
        <location filename="../../core/report/ReportExporter.cpp" line="58"/>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="80"/>
        <source>Community report, %1</source>
        <translation>Community-Bericht, %1</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="91"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="34"/>
        <location filename="../../core/report/ReportRequest.cpp" line="73"/>
        <location filename="../../core/report/ReportRequest.cpp" line="95"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="93"/>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="115"/>
        <location filename="../../core/report/ReportRequest.cpp" line="97"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="95"/>
        <source>Aligned members</source>
        <translation>Verbündete Mitglieder</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="96"/>
        <source>Average health today</source>
        <translation>Durchschnittliche Gesundheit heute</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="99"/>
        <source>Members you were in touch with</source>
        <translation>Mitglieder, mit denen Sie in Kontakt waren</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="105"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="53"/>
        <location filename="../../core/report/ReportRequest.cpp" line="74"/>
        <location filename="../../core/report/ReportRequest.cpp" line="96"/>
        <source>Do with, not to</source>
        <translation>Mit ihnen, nicht an sie gerichtet</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="108"/>
        <source>Done with members</source>
        <translation>Mit Mitgliedern getan</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="109"/>
        <source>Done to members</source>
        <translation>An Mitglieder gerichtet</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="110"/>
        <source>Members reached out</source>
        <translation>Mitglieder, die sich gemeldet haben</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="117"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="168"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="190"/>
        <location filename="../../core/report/StanceMovement.cpp" line="161"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="117"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="168"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="190"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="16"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="117"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="168"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="190"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="270"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="19"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="118"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="118"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="65"/>
        <source>Last touchpoint</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="120"/>
        <source>Nobody yet.</source>
        <translation>Noch niemand.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="128"/>
        <source>…and %1 more; the CSV export lists everyone.</source>
        <translation>…und %1 weitere; der CSV-Export führt alle auf.</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="138"/>
        <location filename="../../core/report/DashboardBuilder.cpp" line="107"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="243"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="245"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="138"/>
        <location filename="../../core/report/ReportRequest.cpp" line="89"/>
        <location filename="../../core/report/ReportRequest.cpp" line="98"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="140"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="204"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="140"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="140"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="204"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="32"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="140"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="205"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="141"/>
        <location filename="../../core/report/GraphCommunities.cpp" line="62"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="205"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="270"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="272"/>
        <location filename="../../core/report/StanceMovement.cpp" line="146"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="141"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="206"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="141"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../../core/report/CommunityReportBuilder.cpp" line="143"/>
        <source>No conversations about this topic.</source>
        <translation>Keine Gespräche zu diesem Thema.</translation>
    </message>
    <message>
        <location filename="../../core/report/CsvReport.cpp" line="30"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="109"/>
        <source>Person dossier: choose a person.</source>
        <translation>Personendossier: Wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../core/report/CsvReport.cpp" line="33"/>
        <source>There is no person %1.</source>
        <translation>Es gibt keine Person %1.</translation>
    </message>
    <message>
        <location filename="../../core/report/CsvReport.cpp" line="193"/>
        <source>Give a period whose end is not before its start.</source>
        <translation>Geben Sie einen Zeitraum an, dessen Ende nicht vor seinem Beginn liegt.</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="12"/>
        <source>The dashboard was cancelled.</source>
        <translation>Das Dashboard wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="24"/>
        <source>Dashboard: the period&apos;s end is before its start.</source>
        <translation>Dashboard: Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="35"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="82"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="84"/>
        <location filename="../../core/report/ReportRequest.cpp" line="75"/>
        <source>Touchpoints per week</source>
        <translation>Kontaktpunkte pro Woche</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="36"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="72"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="85"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="71"/>
        <source>touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="38"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="75"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="87"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="91"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="191"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="73"/>
        <source>Do with</source>
        <translation>Mit anderen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="39"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="76"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="88"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="91"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="191"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="73"/>
        <source>Do to</source>
        <translation>An andere gerichtet</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="51"/>
        <source>%1 of what you started was done with people.</source>
        <translation>%1 dessen, was Sie begonnen haben, geschah mit anderen.</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="61"/>
        <source>Relationship health: end of the previous period and now</source>
        <translation>Beziehungsgesundheit: Ende des vorigen Zeitraums und jetzt</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="62"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="123"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="268"/>
        <location filename="../../core/report/StanceMovement.cpp" line="79"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="75"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="74"/>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="76"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="74"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="79"/>
        <source>%1 relationships grew, %2 cooled by five points or more.</source>
        <translation>%1 Beziehungen sind gewachsen, %2 um fünf Punkte oder mehr abgekühlt.</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="92"/>
        <source>Advocates by stance over time</source>
        <translation>Fürsprecher nach Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="95"/>
        <source>%1 people moved towards advocacy, %2 moved away (unknown stances not shown).</source>
        <translation>%1 Personen sind der Fürsprache nähergekommen, %2 haben sich entfernt (unbekannte Haltungen nicht gezeigt).</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="105"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="236"/>
        <location filename="../../core/report/ReportRequest.cpp" line="80"/>
        <source>Topics of the conversations you joined</source>
        <translation>Themen der Gespräche, an denen Sie teilgenommen haben</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="106"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="242"/>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="123"/>
        <source>Introductions made and ties formed</source>
        <translation>Vorgestellte Personen und entstandene Verbindungen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="124"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="125"/>
        <source>Introductions</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="126"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="46"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="221"/>
        <source>Ties formed</source>
        <translation>Entstandene Verbindungen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="141"/>
        <source>Follow-ups due in the period</source>
        <translation>Im Zeitraum fällige Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="142"/>
        <source>follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="143"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="289"/>
        <source>Kept on time</source>
        <translation>Rechtzeitig eingehalten</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="143"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="290"/>
        <source>Done late</source>
        <translation>Verspätet erledigt</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="143"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="292"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="144"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="183"/>
        <location filename="../../core/report/ReportRequest.cpp" line="92"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/report/DashboardBuilder.cpp" line="148"/>
        <source>%1 kept on time.</source>
        <translation>%1 rechtzeitig eingehalten.</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="20"/>
        <source>There is no community %1 on the relationship map (there are %2).</source>
        <translation>Auf der Beziehungskarte gibt es keine Community %1 (es gibt %2).</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="55"/>
        <location filename="../../core/report/ReportRequest.cpp" line="84"/>
        <source>Communities and the relationship map</source>
        <translation>Communities und die Beziehungskarte</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="58"/>
        <source>With %L1 people, this map and its communities come from the ties alone (not shared conversations or events), so community numbers differ from the Map page&apos;s.</source>
        <translation>Bei %L1 Personen beruhen diese Karte und ihre Communitys allein auf den Verbindungen (nicht auf gemeinsamen Gesprächen oder Veranstaltungen); die Nummern der Communitys weichen daher von denen der Kartenseite ab.</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="62"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="62"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="25"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="64"/>
        <source>No communities yet: add ties, conversations or events.</source>
        <translation>Noch keine Communities: Fügen Sie Verbindungen, Gespräche oder Veranstaltungen hinzu.</translation>
    </message>
    <message>
        <location filename="../../core/report/GraphCommunities.cpp" line="75"/>
        <source>The relationship map: %1 people, %2 relationships, %3 communities</source>
        <translation>Die Beziehungskarte: %1 Personen, %2 Beziehungen, %3 Communities</translation>
    </message>
    <message>
        <location filename="../../core/report/HtmlRenderer.cpp" line="161"/>
        <location filename="../../core/report/MarkdownRenderer.cpp" line="55"/>
        <source>Generated %1 from %2</source>
        <translation>Erstellt %1 aus %2</translation>
    </message>
    <message>
        <location filename="../../core/report/HtmlRenderer.cpp" line="162"/>
        <location filename="../../core/report/MarkdownRenderer.cpp" line="56"/>
        <location filename="../../core/report/PdfRenderer.cpp" line="139"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../core/report/MarkdownRenderer.cpp" line="72"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../core/report/MarkdownRenderer.cpp" line="72"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../core/report/MarkdownRenderer.cpp" line="72"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="93"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="199"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../core/report/PdfRenderer.cpp" line="45"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../core/report/PdfRenderer.cpp" line="64"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../../core/report/PdfRenderer.cpp" line="125"/>
        <source>Generated %1 by Chorus from %2</source>
        <translation>Erstellt %1 von Chorus aus %2</translation>
    </message>
    <message>
        <location filename="../../core/report/PdfRenderer.cpp" line="166"/>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="30"/>
        <source>%1 against the previous period</source>
        <translation>%1 gegenüber dem vorigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="36"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="61"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="90"/>
        <location filename="../../core/report/ReportRequest.cpp" line="88"/>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="38"/>
        <source>People you were in touch with</source>
        <translation>Personen, mit denen Sie in Kontakt waren</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="41"/>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="42"/>
        <source>Active conversations</source>
        <translation>Aktive Gespräche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="43"/>
        <source>%n joined or hosted</source>
        <translation>
            <numerusform>%n beigetreten oder moderiert</numerusform>
            <numerusform>%n beigetreten oder moderiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="44"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="220"/>
        <source>Introductions made</source>
        <translation>Vorgestellte Personen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="57"/>
        <source>%1 of what you started was done with people (replies, help, co-creation, introductions); %2 was done to them (pitches, broadcasts, requests to share). The period before: %3 with.</source>
        <translation>%1 dessen, was Sie begonnen haben, geschah mit anderen (Antworten, Hilfe, gemeinsames Schaffen, Vorstellungen); %2 war an sie gerichtet (Werbung, Ankündigungen, Bitten ums Teilen). Im Zeitraum davor: %3 mit anderen.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="63"/>
        <source>You started no touchpoints in this period.</source>
        <translation>Sie haben in diesem Zeitraum keine Kontaktpunkte begonnen.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="66"/>
        <source>Done with people</source>
        <translation>Mit anderen getan</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="67"/>
        <source>Done to people</source>
        <translation>An andere gerichtet</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="68"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="89"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="92"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="191"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="64"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="74"/>
        <source>They reached out</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="71"/>
        <source>Do-with and do-to, this period and the one before</source>
        <translation>Mit anderen und an andere gerichtet, dieser und der vorige Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="91"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="109"/>
        <location filename="../../core/report/ReportRequest.cpp" line="76"/>
        <source>Relationships grown and gone cold</source>
        <translation>Gewachsene und abgekühlte Beziehungen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="122"/>
        <source>Relationship health at the start and the end of the period</source>
        <translation>Beziehungsgesundheit zu Beginn und am Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="126"/>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="127"/>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="154"/>
        <source>%1 relationships grew by five points or more; %2 established ones (health 30 or more at the start) lost five points or more.</source>
        <translation>%1 Beziehungen sind um fünf Punkte oder mehr gewachsen; %2 etablierte (Gesundheit zu Beginn 30 oder mehr) haben fünf Punkte oder mehr verloren.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="159"/>
        <source>Grown the most</source>
        <translation>Am stärksten gewachsen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="159"/>
        <source>Gone cold</source>
        <translation>Abgekühlt</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="169"/>
        <source>Health at start</source>
        <translation>Gesundheit zu Beginn</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="169"/>
        <source>Health at end</source>
        <translation>Gesundheit am Ende</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="169"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="171"/>
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="188"/>
        <location filename="../../core/report/ReportRequest.cpp" line="77"/>
        <source>People you spent time with</source>
        <translation>Personen, mit denen Sie Zeit verbracht haben</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="193"/>
        <source>No touchpoints in this period.</source>
        <translation>Keine Kontaktpunkte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="202"/>
        <location filename="../../core/report/ReportRequest.cpp" line="78"/>
        <source>Top conversations</source>
        <translation>Wichtigste Gespräche</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="206"/>
        <source>Your touchpoints</source>
        <translation>Ihre Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="208"/>
        <source>No conversation was active in this period.</source>
        <translation>In diesem Zeitraum war kein Gespräch aktiv.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="218"/>
        <location filename="../../core/report/ReportRequest.cpp" line="79"/>
        <source>Introductions and ties formed</source>
        <translation>Vorstellungen und entstandene Verbindungen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="224"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="224"/>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="224"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="156"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="224"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="92"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="225"/>
        <source>No new ties in this period.</source>
        <translation>Keine neuen Verbindungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="241"/>
        <source>Conversations joined or hosted, by topic</source>
        <translation>Gespräche, an denen Sie teilgenommen oder die Sie moderiert haben, nach Thema</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="245"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="245"/>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="270"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="247"/>
        <source>You joined no conversation with a topic in this period.</source>
        <translation>Sie haben in diesem Zeitraum an keinem Gespräch mit Thema teilgenommen.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="262"/>
        <location filename="../../core/report/ReportRequest.cpp" line="81"/>
        <source>Advocates by stance</source>
        <translation>Fürsprecher nach Haltung</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="267"/>
        <source>People by stance today</source>
        <translation>Personen nach heutiger Haltung</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="285"/>
        <location filename="../../core/report/ReportRequest.cpp" line="83"/>
        <source>Follow-ups kept</source>
        <translation>Eingehaltene Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="287"/>
        <source>Due in the period</source>
        <translation>Im Zeitraum fällig</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="303"/>
        <source>Period report: give a period whose end is not before its start.</source>
        <translation>Zeitraumbericht: Geben Sie einen Zeitraum an, dessen Ende nicht vor seinem Beginn liegt.</translation>
    </message>
    <message>
        <location filename="../../core/report/PeriodReportBuilder.cpp" line="310"/>
        <source>Relationship report</source>
        <translation>Beziehungsbericht</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="14"/>
        <location filename="../../core/report/ReportRequest.cpp" line="86"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="17"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="140"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="18"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="21"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="27"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="28"/>
        <source>In Chorus since</source>
        <translation>In Chorus seit</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="31"/>
        <source>Where to find them</source>
        <translation>Wo man sie findet</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="32"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="32"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="141"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="33"/>
        <source>No handles recorded.</source>
        <translation>Keine Handles erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="41"/>
        <location filename="../../core/report/ReportRequest.cpp" line="87"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="58"/>
        <source>Health today</source>
        <translation>Gesundheit heute</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="59"/>
        <source>no touchpoints yet</source>
        <translation>noch keine Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="62"/>
        <source>Done with them</source>
        <translation>Mit ihnen getan</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="63"/>
        <source>Done to them</source>
        <translation>An sie gerichtet</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="66"/>
        <source>Open follow-ups</source>
        <translation>Offene Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="70"/>
        <source>Touchpoints per month</source>
        <translation>Kontaktpunkte pro Monat</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="92"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="92"/>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="93"/>
        <source>Who started it</source>
        <translation>Wer hat begonnen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="94"/>
        <source>No touchpoints yet.</source>
        <translation>Noch keine Kontaktpunkte.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="98"/>
        <source>they did</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="98"/>
        <source>you did</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="125"/>
        <source>Relationship dossier</source>
        <translation>Beziehungsdossier</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="140"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="142"/>
        <source>Not seen in any conversation.</source>
        <translation>In keinem Gespräch gesehen.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="153"/>
        <location filename="../../core/report/ReportRequest.cpp" line="90"/>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="155"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="155"/>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="171"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="155"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="156"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="158"/>
        <source>No ties recorded.</source>
        <translation>Keine Verbindungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="169"/>
        <location filename="../../core/report/ReportRequest.cpp" line="91"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="171"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="171"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="172"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="173"/>
        <source>No events recorded.</source>
        <translation>Keine Veranstaltungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="185"/>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="185"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="185"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="186"/>
        <source>No follow-ups.</source>
        <translation>Keine Follow-ups.</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="189"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="197"/>
        <location filename="../../core/report/ReportRequest.cpp" line="93"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="199"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../core/report/PersonDossierBuilder.cpp" line="200"/>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportExporter.cpp" line="31"/>
        <source>Unknown kind of report.</source>
        <translation>Unbekannte Berichtsart.</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportExporter.cpp" line="50"/>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportRequest.cpp" line="82"/>
        <location filename="../../core/report/StanceMovement.cpp" line="115"/>
        <source>Stance movement</source>
        <translation>Haltungswechsel</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="41"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="77"/>
        <source>People by stance at the end of each month</source>
        <translation>Personen nach Haltung am Ende jedes Monats</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="78"/>
        <source>People by stance at the end of each week</source>
        <translation>Personen nach Haltung am Ende jeder Woche</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="118"/>
        <source>Moved towards advocacy</source>
        <translation>Der Fürsprache nähergekommen</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="119"/>
        <source>ended the period further along sceptic → champion</source>
        <translation>beendeten den Zeitraum weiter vorn auf Skeptiker → Champion</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="120"/>
        <source>Moved away</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="120"/>
        <source>ended further back</source>
        <translation>beendeten ihn weiter hinten</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="121"/>
        <source>Stance changes</source>
        <translation>Haltungsänderungen</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="145"/>
        <source>Steps taken in the period</source>
        <translation>Schritte im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="146"/>
        <location filename="../../core/report/StanceMovement.cpp" line="161"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="146"/>
        <location filename="../../core/report/StanceMovement.cpp" line="161"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="146"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="146"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="148"/>
        <source>Nobody&apos;s stance changed in the period.</source>
        <translation>Im Zeitraum hat niemand seine Haltung geändert.</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="152"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="152"/>
        <source>forward</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="152"/>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="160"/>
        <source>People whose stance changed</source>
        <translation>Personen, deren Haltung sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="161"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../core/report/StanceMovement.cpp" line="182"/>
        <source>… and %1 more people.</source>
        <translation>… und %1 weitere Personen.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../core/sample/SampleActivity.cpp" line="157"/>
        <location filename="../../core/sample/SampleActivity.cpp" line="206"/>
        <location filename="../../core/sample/SampleGenerator.cpp" line="24"/>
        <source>Generation cancelled.</source>
        <translation>Erzeugung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/sample/SamplePeople.cpp" line="54"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../core/storage/SourceRepository.cpp" line="53"/>
        <source>Source URL: &quot;%1&quot; is not an http or https address.</source>
        <translation>Quell-URL: „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SourceRepository.cpp" line="58"/>
        <source>Source: no person with id %1.</source>
        <translation>Quelle: Keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SourceRepository.cpp" line="65"/>
        <source>Source: person %1 already follows %2.</source>
        <translation>Quelle: Person %1 folgt %2 bereits.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SourceRepository.cpp" line="79"/>
        <location filename="../../core/storage/SourceRepository.cpp" line="115"/>
        <location filename="../../core/storage/SourceRepository.cpp" line="131"/>
        <location filename="../../core/storage/SourceRepository.cpp" line="149"/>
        <location filename="../../core/storage/SourceRepository.cpp" line="165"/>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../core/storage/SourceRepository.cpp" line="127"/>
        <source>Source %1: the person already follows %2.</source>
        <translation>Quelle %1: Die Person folgt %2 bereits.</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../core/model/Stance.cpp" line="10"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="11"/>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="12"/>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="13"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="14"/>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="15"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/storage/NativeStatement.cpp" line="26"/>
        <source>The workspace connection is not SQLite.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <location filename="../../core/storage/NativeStatement.cpp" line="55"/>
        <location filename="../../core/storage/Sql.cpp" line="27"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/DumpRepository.cpp" line="179"/>
        <source>%1 row %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/storage/DumpRepository.cpp" line="184"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="101"/>
        <source>Everything Chorus holds about %1</source>
        <translation>Alles, was Chorus über %1 gespeichert hat</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="104"/>
        <source>Exported %1. Organisation: %2. Role: %3. Location: %4. Stance: %5.</source>
        <translation>Exportiert %1. Organisation: %2. Rolle: %3. Ort: %4. Haltung: %5.</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="111"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="129"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="129"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="129"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="129"/>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="154"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="133"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="133"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="133"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="137"/>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="137"/>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="141"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="137"/>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="146"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="137"/>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="141"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="141"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="145"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="145"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="146"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="146"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="146"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="150"/>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="150"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="150"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="154"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="154"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="154"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="158"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="158"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="158"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/privacy/SubjectAccessExport.cpp" line="177"/>
        <source>%1: name the file .json or .html.</source>
        <translation>%1: Benennen Sie die Datei mit .json oder .html.</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="55"/>
        <source>Mark “%1” for %2 as kept?</source>
        <translation>„%1“ für %2 als eingehalten markieren?</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="60"/>
        <source>Log that you introduced %1 and %2 (and record that they now know each other)?</source>
        <translation>Protokollieren, dass Sie %1 und %2 einander vorgestellt haben (und festhalten, dass sie sich jetzt kennen)?</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="64"/>
        <source>Log “%1” with %2?</source>
        <translation>„%1“ mit %2 protokollieren?</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="117"/>
        <source>No touchpoints in the last 30 days yet: replying, amplifying and helping are good places to start.</source>
        <translation>In den letzten 30 Tagen noch keine Kontaktpunkte: Antworten, Weiterverbreiten und Helfen sind gute Anfänge.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="121"/>
        <source>Last 30 days: %1% done with people (%2 replies, amplifications, help, co-creation, introductions…), %3% done to them (%4 pitches and broadcasts).</source>
        <translation>Letzte 30 Tage: %1 % mit anderen (%2 Antworten, Weiterverbreitungen, Hilfe, gemeinsames Schaffen, Vorstellungen…), %3 % an andere gerichtet (%4 Werbung und Ankündigungen).</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionActions.cpp" line="132"/>
        <source>Broadcasting has taken over lately; a reply or a share of someone else&apos;s work from the lists below builds more than another announcement.</source>
        <translation>Ankündigungen haben zuletzt überwogen; eine Antwort oder das Teilen fremder Arbeit aus den Listen unten bewirkt mehr als eine weitere Ankündigung.</translation>
    </message>
</context>
<context>
    <name>SuggestionComponent</name>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="24"/>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="25"/>
        <source>voice still growing (reach)</source>
        <translation>Stimme wächst noch (Reichweite)</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="26"/>
        <source>reach trend</source>
        <translation>Reichweitentrend</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="27"/>
        <source>alignment</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="28"/>
        <source>fit with focus topics</source>
        <translation>passt zu Schwerpunktthemen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="29"/>
        <source>they engage back</source>
        <translation>sie reagieren auch</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="30"/>
        <source>not supported lately</source>
        <translation>zuletzt nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="31"/>
        <source>variety across communities</source>
        <translation>Vielfalt über Communities hinweg</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="32"/>
        <source>aligned people present</source>
        <translation>verbündete Personen anwesend</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="33"/>
        <source>one more voice matters</source>
        <translation>eine weitere Stimme zählt</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="34"/>
        <source>room for your voice</source>
        <translation>Raum für Ihre Stimme</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="35"/>
        <source>shared topics</source>
        <translation>gemeinsame Themen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="36"/>
        <source>shared events</source>
        <translation>gemeinsame Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="37"/>
        <source>you know both</source>
        <translation>Sie kennen beide</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="38"/>
        <source>bridges two communities</source>
        <translation>verbindet zwei Communities</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="39"/>
        <source>history together</source>
        <translation>gemeinsame Geschichte</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="40"/>
        <source>gone cold</source>
        <translation>abgekühlt</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="41"/>
        <source>promised</source>
        <translation>versprochen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="42"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="43"/>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
</context>
<context>
    <name>SuggestionKind</name>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="12"/>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="13"/>
        <source>Join</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="14"/>
        <source>Introduce</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="15"/>
        <source>Reconnect</source>
        <translation>Wieder anknüpfen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/Suggestion.cpp" line="16"/>
        <source>Listen, don&apos;t pitch</source>
        <translation>Zuhören statt werben</translation>
    </message>
</context>
<context>
    <name>SuggestionSettings</name>
    <message>
        <location filename="../../core/suggest/SuggestionSettings.cpp" line="113"/>
        <source>%1: not a suggestion setting.</source>
        <translation>%1: keine Einstellung der Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionSettings.cpp" line="118"/>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionSettings.cpp" line="119"/>
        <source>%1: must be a number from %2 to %3.</source>
        <translation>%1: muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionSettings.cpp" line="133"/>
        <source>The %1 list needs at least one weight above 0.</source>
        <translation>Die Liste %1 braucht mindestens ein Gewicht über 0.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../core/suggest/CautionRanker.cpp" line="53"/>
        <source>%1 is a sceptic with %2 followers and posted %3 %4: read it and listen; don&apos;t pitch.</source>
        <translation>%1 ist skeptisch, hat %2 Follower und hat %4 %3 gepostet: Lesen Sie es und hören Sie zu; werben Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/CautionRanker.cpp" line="58"/>
        <source>%1 is a sceptic with %2 followers: listen to what they say; don&apos;t pitch.</source>
        <translation>%1 ist skeptisch und hat %2 Follower: Hören Sie zu, was sie sagen; werben Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="44"/>
        <source>both care about %1</source>
        <translation>beide interessieren sich für %1</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="45"/>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="57"/>
        <location filename="../../core/suggest/JoinRanker.cpp" line="35"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="47"/>
        <source>both are going to %1</source>
        <translation>beide gehen zu %1</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="48"/>
        <source>both were at %1</source>
        <translation>beide waren bei %1</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="51"/>
        <source>they move in different circles, so you would bridge them</source>
        <translation>sie bewegen sich in verschiedenen Kreisen, Sie würden also eine Brücke schlagen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="53"/>
        <source>they share some acquaintances</source>
        <translation>sie haben einige gemeinsame Bekannte</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="54"/>
        <source>%1 and %2 %3, you know both, and they are not connected yet; %4.</source>
        <translation>%1 und %2: %3, Sie kennen beide, und sie sind noch nicht verbunden; %4.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/IntroduceRanker.cpp" line="165"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="37"/>
        <source>%1 and one other aligned person are in it</source>
        <translation>%1 und eine weitere verbündete Person sind dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="40"/>
        <source>%1 and %2 other aligned people are in it</source>
        <translation>%1 und %2 weitere verbündete Personen sind dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="44"/>
        <source>%1 is in it</source>
        <translation>%1 ist dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="46"/>
        <source>%1 are in it</source>
        <translation>%1 sind dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="50"/>
        <source>one other person is in it</source>
        <translation>eine weitere Person ist dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="51"/>
        <source>%1 other people are in it</source>
        <translation>%1 weitere Personen sind dabei</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="54"/>
        <source> on a focus topic</source>
        <translation> zu einem Schwerpunktthema</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="56"/>
        <source>You host %1%2, active %3; %4: curate it (thank, summarise, bring someone in).</source>
        <translation>Sie moderieren %1%2, aktiv %3; %4: Pflegen Sie es (danken, zusammenfassen, jemanden einbeziehen).</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="61"/>
        <source>you wrote %1 of its %2 messages</source>
        <translation>Sie haben %1 der %2 Nachrichten geschrieben</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="64"/>
        <source>you have not spoken there yet</source>
        <translation>Sie haben sich dort noch nicht geäußert</translation>
    </message>
    <message>
        <location filename="../../core/suggest/JoinRanker.cpp" line="65"/>
        <source>%1%2 was active %3; %4, and %5.</source>
        <translation>%1%2 war %3 aktiv; %4, und %5.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/ReconnectRanker.cpp" line="59"/>
        <source>You promised %1: %2 — due today.</source>
        <translation>Sie haben %1 versprochen: %2 – heute fällig.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/ReconnectRanker.cpp" line="61"/>
        <source>You promised %1: %2 — due %3.</source>
        <translation>Sie haben %1 versprochen: %2 – fällig %3.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/ReconnectRanker.cpp" line="168"/>
        <source>You and %1 (%2) have %3 touchpoints behind you%4, but the last real exchange was %5; health is down to %6.</source>
        <translation>Sie und %1 (%2) haben %3 Kontaktpunkte hinter sich%4, aber der letzte echte Austausch war %5; die Gesundheit ist auf %6 gesunken.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/ReconnectRanker.cpp" line="173"/>
        <source> and they engage back</source>
        <translation> und sie reagieren auch</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="101"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="103"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="104"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="115"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="116"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="118"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="119"/>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="121"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="122"/>
        <source>%1 months</source>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="123"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="124"/>
        <source>%1 years</source>
        <translation>%1 Jahren</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="130"/>
        <source>%1 million</source>
        <translation>%1 Millionen</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SuggestionContext.cpp" line="136"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="55"/>
        <source>%1 followers</source>
        <translation>%1 Follower</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="57"/>
        <source>+%1% a month</source>
        <translation>+%1 % pro Monat</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="60"/>
        <source>a voice that is growing</source>
        <translation>eine wachsende Stimme</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="62"/>
        <source>a voice that a share still helps</source>
        <translation>eine Stimme, der Teilen noch hilft</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="65"/>
        <source>you have not amplified them before</source>
        <translation>Sie haben sie bisher nicht weiterverbreitet</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="67"/>
        <source>though you already supported them %1</source>
        <translation>obwohl Sie sie bereits %1 unterstützt haben</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="70"/>
        <source>you have not amplified them in %1</source>
        <translation>Sie haben sie seit %1 nicht weiterverbreitet</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="73"/>
        <source> (a focus topic)</source>
        <translation> (ein Schwerpunktthema)</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="74"/>
        <source>%1 (%2) posted %3%4 %5; %6.</source>
        <translation>%1 (%2) hat %5 %3%4 gepostet; %6.</translation>
    </message>
    <message>
        <location filename="../../core/suggest/SupportRanker.cpp" line="77"/>
        <source>, and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../core/storage/TagRepository.cpp" line="13"/>
        <source>Tag: the name is empty.</source>
        <translation>Schlagwort: Der Name ist leer.</translation>
    </message>
</context>
<context>
    <name>TieKind</name>
    <message>
        <location filename="../../core/model/Tie.cpp" line="10"/>
        <source>Knows</source>
        <translation>Kennen sich</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="11"/>
        <source>Colleagues</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="12"/>
        <source>Collaborates</source>
        <translation>Arbeiten zusammen</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="13"/>
        <source>Introduced by me</source>
        <translation>Von mir vorgestellt</translation>
    </message>
</context>
<context>
    <name>TieOrigin</name>
    <message>
        <location filename="../../core/model/Tie.cpp" line="19"/>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="20"/>
        <source>Shared conversations</source>
        <translation>Gemeinsame Gespräche</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="21"/>
        <source>Shared events</source>
        <translation>Gemeinsame Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="22"/>
        <source>Made by an introduction</source>
        <translation>Durch eine Vorstellung entstanden</translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="23"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>Ties</name>
    <message>
        <location filename="../../core/storage/TieRepository.cpp" line="28"/>
        <source>A tie needs two different people.</source>
        <translation>Eine Verbindung braucht zwei verschiedene Personen.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TieRepository.cpp" line="44"/>
        <source>The tie was not stored.</source>
        <translation>Die Verbindung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../core/storage/TopicRepository.cpp" line="13"/>
        <location filename="../../core/storage/TopicRepository.cpp" line="96"/>
        <source>Topic: the name is empty.</source>
        <translation>Thema: Der Name ist leer.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TopicRepository.cpp" line="31"/>
        <source>No topic with id %1.</source>
        <translation>Kein Thema mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>TouchpointKind</name>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="15"/>
        <source>Met in person</source>
        <translation>Persönlich getroffen</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="17"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="19"/>
        <source>Replied</source>
        <translation>Hat geantwortet</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="22"/>
        <source>Amplified their work</source>
        <translation>Ihre Arbeit weiterverbreitet</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="23"/>
        <source>Helped</source>
        <translation>Geholfen</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="25"/>
        <source>Co-created</source>
        <translation>Gemeinsam geschaffen</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="27"/>
        <source>Introduced</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="29"/>
        <source>Thanked</source>
        <translation>Gedankt</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="32"/>
        <source>Asked for feedback</source>
        <translation>Um Rückmeldung gebeten</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="33"/>
        <source>Pitched</source>
        <translation>Geworben</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="35"/>
        <source>Broadcast</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="38"/>
        <source>Asked to share</source>
        <translation>Ums Teilen gebeten</translation>
    </message>
</context>
<context>
    <name>Touchpoints</name>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="44"/>
        <source>Touchpoint: the person (%1), conversation or event it refers to does not exist.</source>
        <translation>Kontaktpunkt: Die Person (%1), das Gespräch oder die Veranstaltung, auf die er verweist, existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="52"/>
        <source>Touchpoint: choose a person.</source>
        <translation>Kontaktpunkt: Wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="54"/>
        <source>Touchpoint: the date is missing or invalid.</source>
        <translation>Kontaktpunkt: Das Datum fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="134"/>
        <source>No touchpoint with id %1.</source>
        <translation>Kein Kontaktpunkt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/model/Validation.cpp" line="33"/>
        <source>Identity: choose a platform.</source>
        <translation>Identität: Wählen Sie eine Plattform.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="36"/>
        <source>Identity on %1: the handle is empty.</source>
        <translation>Identität auf %1: Das Handle ist leer.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="39"/>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>E-Mail: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="43"/>
        <source>%1: &quot;%2&quot; is not a web address (http:// or https://).</source>
        <translation>%1: „%2“ ist keine Webadresse (http:// oder https://).</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="47"/>
        <source>%1 link: &quot;%2&quot; is not a web address (http:// or https://).</source>
        <translation>%1-Link: „%2“ ist keine Webadresse (http:// oder https://).</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="54"/>
        <source>Name: a person needs a name.</source>
        <translation>Name: Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="56"/>
        <source>Reach: the audience size cannot be negative.</source>
        <translation>Reichweite: Die Publikumsgröße darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="66"/>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1: „%2“ ist doppelt eingetragen.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="71"/>
        <source>Topics: a topic needs a name.</source>
        <translation>Themen: Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="74"/>
        <source>Topics: the weight of &quot;%1&quot; must be between 0 and 1.</source>
        <translation>Themen: Das Gewicht von „%1“ muss zwischen 0 und 1 liegen.</translation>
    </message>
</context>
<context>
    <name>chorus::FeedRefresher</name>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="98"/>
        <source>A refresh is already running.</source>
        <translation>Eine Aktualisierung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="127"/>
        <source>%1: not tried again before %2 (%3 failures in a row).</source>
        <translation>%1: Vor %2 kein neuer Versuch (%3 Fehlschläge in Folge).</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="220"/>
        <source>%1: the response is larger than %2 MB.</source>
        <translation>%1: Die Antwort ist größer als %2 MB.</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="223"/>
        <source>%1: no answer within %2 seconds.</source>
        <translation>%1: Keine Antwort innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="226"/>
        <source>%1: more than %2 redirects (a redirect loop?).</source>
        <translation>%1: Mehr als %2 Weiterleitungen (eine Weiterleitungsschleife?).</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="228"/>
        <source>%1: redirected from https to plain http.</source>
        <translation>%1: Von https auf unverschlüsseltes http weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="235"/>
        <source>%1: the server answered %2 %3.</source>
        <translation>%1: Der Server antwortete %2 %3.</translation>
    </message>
    <message>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="238"/>
        <location filename="../../core/feeds/FeedRefresher.cpp" line="285"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>chorus::desktop::DesktopSession</name>
    <message>
        <location filename="../../app/desktop/DesktopSession.cpp" line="22"/>
        <source>%1 is open in another Chorus window, which was brought forward.</source>
        <translation>%1 ist in einem anderen Chorus-Fenster geöffnet, das in den Vordergrund geholt wurde.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/DesktopSession.cpp" line="38"/>
        <source>Chorus</source>
        <translation>Chorus</translation>
    </message>
</context>
<context>
    <name>chorus::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="14"/>
        <source>About Chorus</source>
        <translation>Über Chorus</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="17"/>
        <source>Chorus icon</source>
        <translation>Chorus-Symbol</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="18"/>
        <source>&lt;h2&gt;Chorus %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chorus %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="21"/>
        <source>A desktop studio for technology evangelists: the people around a platform, the conversations they take part in and every touchpoint with them. Your data stays in a local workspace file.</source>
        <translation>Ein Desktop-Studio für Technologie-Evangelisten: die Menschen rund um eine Plattform, die Gespräche, an denen sie teilnehmen, und jeder Kontaktpunkt mit ihnen. Ihre Daten bleiben in einer lokalen Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="27"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="29"/>
        <source>Chorus %1</source>
        <translation>Chorus %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="30"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="31"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="32"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="33"/>
        <source>igraph %1</source>
        <translation>igraph %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/AboutDialog.cpp" line="38"/>
        <source>Version and libraries</source>
        <translation>Version und Bibliotheken</translation>
    </message>
</context>
<context>
    <name>chorus::ui::AddSourceDialog</name>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="22"/>
        <source>Follow a Feed</source>
        <translation>Einem Feed folgen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="24"/>
        <source>Name, handle or id</source>
        <translation>Name, Handle oder ID</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="26"/>
        <source>https://example.org/feed.xml, or the blog&apos;s address</source>
        <translation>https://example.org/feed.xml oder die Adresse des Blogs</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="33"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="34"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="36"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="54"/>
        <source>Person: say whose feed this is.</source>
        <translation>Person: Sagen Sie, wessen Feed das ist.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="66"/>
        <source>Person: nobody called &quot;%1&quot;; add them on the People page first.</source>
        <translation>Person: Niemand heißt „%1“; fügen Sie die Person zuerst auf der Seite Personen hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/AddSourceDialog.cpp" line="70"/>
        <source>Address: give the feed&apos;s address or the page that names it.</source>
        <translation>Adresse: Geben Sie die Adresse des Feeds an oder die Seite, die ihn nennt.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::CaptureActions</name>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="24"/>
        <source>&amp;Capture</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="31"/>
        <source>&amp;Quick Log…</source>
        <translation>&amp;Schnellprotokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="32"/>
        <source>Log a touchpoint or a note (Ctrl+L)</source>
        <translation>Einen Kontaktpunkt oder eine Notiz protokollieren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="36"/>
        <source>&amp;Event Capture…</source>
        <translation>&amp;Veranstaltungserfassung…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="38"/>
        <source>Capture the people you met at an event (Ctrl+Shift+L)</source>
        <translation>Die Personen erfassen, die Sie bei einer Veranstaltung getroffen haben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="43"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="45"/>
        <source>People who are probably one person, to merge (Ctrl+Shift+D)</source>
        <translation>Personen, die wahrscheinlich dieselbe Person sind, zum Zusammenführen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="69"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="81"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureActions.cpp" line="83"/>
        <source>Open follow-ups, overdue first (Ctrl+Shift+U)</source>
        <translation>Offene Follow-ups, überfällige zuerst (Strg+Umschalt+U)</translation>
    </message>
</context>
<context>
    <name>chorus::ui::CaptureForm</name>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="29"/>
        <source>Who did you meet?</source>
        <translation>Wen haben Sie getroffen?</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="30"/>
        <source>&amp;Handles:</source>
        <translation>&amp;Handles:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="31"/>
        <source>ada@example.org, github.com/ada, @ada@hachyderm.io</source>
        <translation>ada@example.org, github.com/ada, @ada@hachyderm.io</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="32"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="33"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="33"/>
        <source>Rust on Windows, WebAssembly</source>
        <translation>Rust unter Windows, WebAssembly</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="36"/>
        <source>No guess yet</source>
        <translation>Noch keine Einschätzung</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="41"/>
        <source>&amp;Stance guess:</source>
        <translation>Geschätzte Ha&amp;ltung:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="44"/>
        <source>No&amp;te:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="45"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="45"/>
        <source>What you promised, if anything</source>
        <translation>Was Sie versprochen haben, falls etwas</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="46"/>
        <source>&amp;Due:</source>
        <translation>Fäll&amp;ig:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="46"/>
        <source>in 7 days</source>
        <translation>in 7 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="53"/>
        <source>Likely &amp;matches (Enter attaches):</source>
        <translation>Wahrscheinliche T&amp;reffer (Eingabe verknüpft):</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="56"/>
        <source>Likely matches</source>
        <translation>Wahrscheinliche Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="64"/>
        <source>Create a &amp;new person instead</source>
        <translation>Stattdessen eine neue Person &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="147"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="148"/>
        <source> — %1%</source>
        <translation> – %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="174"/>
        <source>Saving creates a new person.</source>
        <translation>Beim Speichern wird eine neue Person angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/CaptureForm.cpp" line="178"/>
        <source>Saving adds to %1, who is already in the workspace.</source>
        <translation>Beim Speichern wird %1 ergänzt (bereits im Arbeitsbereich).</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ConversationDetail</name>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="29"/>
        <source>Select a conversation to see who is in it.</source>
        <translation>Wählen Sie ein Gespräch, um zu sehen, wer daran teilnimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="42"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="64"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="66"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="66"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="66"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="74"/>
        <source>Add a participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="75"/>
        <source>Add a participant: name or handle</source>
        <translation>Teilnehmer hinzufügen: Name oder Handle</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="79"/>
        <source>Participant&apos;s role</source>
        <translation>Rolle des Teilnehmers</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="82"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="86"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="92"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="96"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="97"/>
        <source>Add a note and press Enter</source>
        <translation>Notiz eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="109"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="110"/>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="111"/>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="121"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teilnehmer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="125"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="162"/>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="164"/>
        <source>last activity %1</source>
        <translation>zuletzt aktiv %1</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="168"/>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="169"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="179"/>
        <source>Nobody yet: add someone below.</source>
        <translation>Noch niemand: Fügen Sie unten jemanden hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="204"/>
        <source>Nobody (or more than one person) answers to “%1”: pick someone from the list.</source>
        <translation>Niemand (oder mehr als eine Person) passt zu „%1“: Wählen Sie jemanden aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="218"/>
        <source>Add %1 to a conversation</source>
        <translation>%1 zu einem Gespräch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="243"/>
        <source>Remove %1 from a conversation</source>
        <translation>%1 aus einem Gespräch entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="260"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationDetail.cpp" line="281"/>
        <source>Set conversation status to %1</source>
        <translation>Gesprächsstatus auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ConversationEditor</name>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="42"/>
        <source>Rust on Windows, WebAssembly</source>
        <translation>Rust unter Windows, WebAssembly</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="53"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="54"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="55"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="56"/>
        <source>T&amp;opics:</source>
        <translation>Th&amp;emen:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="57"/>
        <source>S&amp;ummary:</source>
        <translation>Zusamme&amp;nfassung:</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="72"/>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="72"/>
        <source>Edit conversation</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="114"/>
        <source>Conversation: give it a title or a link.</source>
        <translation>Gespräch: Geben Sie ihm einen Titel oder einen Link.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationEditor.cpp" line="118"/>
        <source>Link: &quot;%1&quot; is not a web address (http:// or https://).</source>
        <translation>Link: „%1“ ist keine Webadresse (http:// oder https://).</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ConversationsModel</name>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="77"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="79"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="83"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="85"/>
        <source>People</source>
        <comment>participants</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsModel.cpp" line="87"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ConversationsView</name>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="33"/>
        <source>New Conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="38"/>
        <source>Filter conversations</source>
        <translation>Gespräche filtern</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="39"/>
        <source>Filter by title or summary…</source>
        <translation>Nach Titel oder Zusammenfassung filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="44"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="57"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="72"/>
        <source>No conversations yet.

Add a thread you follow with New Conversation, or let a feed bring them in.</source>
        <translation>Noch keine Gespräche.

Fügen Sie mit „Neues Gespräch“ einen Thread hinzu, dem Sie folgen, oder lassen Sie einen Feed sie hereinbringen.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="75"/>
        <source>No conversation matches these filters.</source>
        <translation>Kein Gespräch passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="160"/>
        <source>Add conversation %1</source>
        <translation>Gespräch %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/conversations/ConversationsView.cpp" line="177"/>
        <source>Edit conversation %1</source>
        <translation>Gespräch %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>chorus::ui::DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/DashboardView.cpp" line="89"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardView.cpp" line="115"/>
        <source>Computing the charts…</source>
        <translation>Diagramme werden berechnet…</translation>
    </message>
</context>
<context>
    <name>chorus::ui::DuplicatesView</name>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="26"/>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="27"/>
        <source>&amp;Scan Workspace</source>
        <translation>Arbeitsbereich &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="29"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="36"/>
        <source>Scan progress</source>
        <translation>Fortschritt der Suche</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="44"/>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="46"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="46"/>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="50"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="52"/>
        <source>Merge the chosen person into the first of the group (Enter)</source>
        <translation>Die gewählte Person mit der ersten der Gruppe zusammenführen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="54"/>
        <source>&amp;Not the Same Person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="106"/>
        <source>Scanning the workspace…</source>
        <translation>Arbeitsbereich wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="115"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="125"/>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="131"/>
        <source>Scan cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="132"/>
        <source>Scan failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="137"/>
        <source>No likely duplicates among %1 people.</source>
        <translation>Keine wahrscheinlichen Duplikate unter %1 Personen.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="138"/>
        <source>Groups of likely duplicates: %1 (among %2 people).</source>
        <translation>Gruppen wahrscheinlicher Duplikate: %1 (unter %2 Personen).</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="150"/>
        <source>%1% — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="195"/>
        <source>Merged. Edit ▸ Undo puts both back.</source>
        <translation>Zusammengeführt. Bearbeiten ▸ Rückgängig stellt beide wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/DuplicatesView.cpp" line="209"/>
        <source>Noted: later scans leave this pair out.</source>
        <translation>Vermerkt: Spätere Suchen lassen dieses Paar aus.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::EventCaptureWindow</name>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="22"/>
        <source>Event Capture</source>
        <translation>Veranstaltungserfassung</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="29"/>
        <source>People not saved yet</source>
        <translation>Noch nicht gespeicherte Personen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="40"/>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="130"/>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="45"/>
        <source>&amp;Save Person</source>
        <translation>Person &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="47"/>
        <source>Enter in any field</source>
        <translation>Eingabe in einem beliebigen Feld</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="48"/>
        <source>Ne&amp;xt Person</source>
        <translation>Nä&amp;chste Person</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="50"/>
        <source>Keep this one as a draft and start another (Ctrl+N)</source>
        <translation>Diese als Entwurf behalten und eine weitere beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="51"/>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="95"/>
        <source>Resumed 1 unsaved person.</source>
        <translation>1 ungespeicherte Person wieder aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="96"/>
        <source>Resumed %1 unsaved people.</source>
        <translation>%1 ungespeicherte Personen wieder aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="105"/>
        <source>Choose the event, or type a new one&apos;s name, then capture the people you met.</source>
        <translation>Wählen Sie die Veranstaltung oder geben Sie den Namen einer neuen ein und erfassen Sie dann die Personen, die Sie getroffen haben.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="165"/>
        <source>Name: type who you met first.</source>
        <translation>Name: Geben Sie zuerst ein, wen Sie getroffen haben.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="175"/>
        <source>Saved %1 (new person); %2 saved so far.</source>
        <translation>%1 gespeichert (neue Person); bisher %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventCaptureWindow.cpp" line="176"/>
        <source>Added to %1; %2 saved so far.</source>
        <translation>Zu %1 hinzugefügt; bisher %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::EventDetail</name>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="24"/>
        <source>Select an event to see who was there.</source>
        <translation>Wählen Sie eine Veranstaltung, um zu sehen, wer dort war.</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="40"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="41"/>
        <source>Attendee / touchpoint</source>
        <translation>Teilnehmer / Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="41"/>
        <source>Role / when</source>
        <translation>Rolle / wann</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="41"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="50"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="54"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="55"/>
        <source>Add a note about the event and press Enter</source>
        <translation>Notiz zur Veranstaltung eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="61"/>
        <source>&lt;b&gt;Attendees&lt;/b&gt; (double-click to open a profile)</source>
        <translation>&lt;b&gt;Teilnehmer&lt;/b&gt; (Doppelklick öffnet ein Profil)</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="63"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="101"/>
        <source>1 attendee</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="101"/>
        <source>%L1 attendees</source>
        <translation>%L1 Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="124"/>
        <source>Nobody recorded yet.</source>
        <translation>Noch niemand erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventDetail.cpp" line="142"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::EventPicker</name>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="23"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="29"/>
        <source>or type a new event&apos;s name and press Enter</source>
        <translation>oder den Namen einer neuen Veranstaltung eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="30"/>
        <source>New event name</source>
        <translation>Name der neuen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="46"/>
        <source>No event</source>
        <translation>Keine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="64"/>
        <source>Event: type the new event&apos;s name.</source>
        <translation>Veranstaltung: Geben Sie den Namen der neuen Veranstaltung ein.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/EventPicker.cpp" line="70"/>
        <source>Event: %1</source>
        <translation>Veranstaltung: %1</translation>
    </message>
</context>
<context>
    <name>chorus::ui::EventsModel</name>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="72"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="76"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="78"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsModel.cpp" line="80"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>chorus::ui::EventsView</name>
    <message>
        <location filename="../../ui/events/EventsView.cpp" line="24"/>
        <source>Filter events</source>
        <translation>Veranstaltungen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsView.cpp" line="25"/>
        <source>Filter by name or place…</source>
        <translation>Nach Name oder Ort filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsView.cpp" line="35"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsView.cpp" line="48"/>
        <source>No events yet.

Events come from event capture and imports.</source>
        <translation>Noch keine Veranstaltungen.

Veranstaltungen entstehen durch Veranstaltungserfassung und Importe.</translation>
    </message>
    <message>
        <location filename="../../ui/events/EventsView.cpp" line="49"/>
        <source>No event matches “%1”.</source>
        <translation>Keine Veranstaltung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::FollowUpsModel</name>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="69"/>
        <source>Overdue 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="69"/>
        <source>Overdue %1 days</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="72"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="77"/>
        <source>%1 (snoozed)</source>
        <translation>%1 (zurückgestellt)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="123"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="125"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsModel.cpp" line="127"/>
        <source>What you promised</source>
        <translation>Was Sie versprochen haben</translation>
    </message>
</context>
<context>
    <name>chorus::ui::FollowUpsPanel</name>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="29"/>
        <source>Open follow-ups</source>
        <translation>Offene Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="43"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="45"/>
        <source>Mark the follow-up done (D or Space)</source>
        <translation>Das Follow-up als erledigt markieren (D oder Leertaste)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="47"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="49"/>
        <source>Snooze until the date beside (S)</source>
        <translation>Bis zum Datum daneben zurückstellen (S)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="51"/>
        <source>&amp;until:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="52"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="54"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="91"/>
        <source>%1 overdue, %2 due today, %3 later</source>
        <translation>%1 überfällig, %2 heute fällig, %3 später</translation>
    </message>
    <message>
        <location filename="../../ui/capture/FollowUpsPanel.cpp" line="129"/>
        <source>Snooze until: &quot;%1&quot; is not a date (try &quot;tomorrow&quot;, &quot;friday&quot;, &quot;next week&quot; or 2026-12-01).</source>
        <translation>Zurückstellen bis: „%1“ ist kein Datum (versuchen Sie „morgen“, „Freitag“, „nächste Woche“ oder 2026-12-01).</translation>
    </message>
</context>
<context>
    <name>chorus::ui::HelpActions</name>
    <message>
        <location filename="../../ui/help/HelpActions.cpp" line="21"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="32"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="100"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="143"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="40"/>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="46"/>
        <source>How the file reads</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="51"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="54"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="55"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="56"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="57"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="60"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="67"/>
        <source>Recognise from the header</source>
        <translation>Am Spaltenkopf erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="63"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="64"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="70"/>
        <source>Exported from:</source>
        <translation>Exportiert aus:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="71"/>
        <source>Each row is:</source>
        <translation>Jede Zeile ist:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="82"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="82"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="82"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="144"/>
        <source>People and workspaces (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)</source>
        <translation>Personen und Arbeitsbereiche (*.csv *.tsv *.txt *.vcf *.vcard *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="169"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="208"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="182"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="201"/>
        <source>This file cannot be imported. Nothing will be written.</source>
        <translation>Diese Datei kann nicht importiert werden. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="210"/>
        <source>A whole workspace (it needs an empty one): %1</source>
        <translation>Ein ganzer Arbeitsbereich (er braucht einen leeren): %1</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="217"/>
        <location filename="../../ui/io/ImportDialog.cpp" line="219"/>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportDialog.cpp" line="227"/>
        <source>%n row(s): %1 new, %2 matched to people already here, %3 skipped</source>
        <translation>
            <numerusform>%n Zeile: %1 neu, %2 vorhandenen Personen zugeordnet, %3 übersprungen</numerusform>
            <numerusform>%n Zeilen: %1 neu, %2 vorhandenen Personen zugeordnet, %3 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="237"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportDialog.cpp" line="256"/>
        <source>%n touchpoint(s): %1 new, %2 already logged, %3 skipped</source>
        <translation>
            <numerusform>%n Kontaktpunkt: %1 neu, %2 bereits erfasst, %3 übersprungen</numerusform>
            <numerusform>%n Kontaktpunkte: %1 neu, %2 bereits erfasst, %3 übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportDialog.cpp" line="261"/>
        <source>; %n with a person not in this workspace (lines %1)</source>
        <translation>
            <numerusform>; %n mit einer Person, die nicht in diesem Arbeitsbereich ist (Zeilen %1)</numerusform>
            <numerusform>; %n mit einer Person, die nicht in diesem Arbeitsbereich ist (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="268"/>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="269"/>
        <source>Already logged</source>
        <translation>Bereits erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="288"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="298"/>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="299"/>
        <source>%1
Nothing was written.</source>
        <translation>%1
Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportDialog.cpp" line="308"/>
        <source>Imported a whole workspace (%n people).</source>
        <translation>
            <numerusform>Ein ganzer Arbeitsbereich wurde importiert (%n Person).</numerusform>
            <numerusform>Ein ganzer Arbeitsbereich wurde importiert (%n Personen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportDialog.cpp" line="310"/>
        <source>Imported %n touchpoint(s).</source>
        <translation>
            <numerusform>%n Kontaktpunkt importiert.</numerusform>
            <numerusform>%n Kontaktpunkte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="311"/>
        <source>Imported %1 new, updated %2, skipped %3.</source>
        <translation>%1 neu importiert, %2 aktualisiert, %3 übersprungen.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ImportExportActions</name>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="36"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="39"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="48"/>
        <source>People as &amp;vCards…</source>
        <translation>Personen als &amp;vCards…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="48"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="50"/>
        <source>People as &amp;CSV…</source>
        <translation>Personen als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="50"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="52"/>
        <source>Follow-ups and Events as i&amp;Calendar…</source>
        <translation>Follow-ups und Veranstaltungen als i&amp;Calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="53"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="54"/>
        <source>Whole Workspace as &amp;JSON…</source>
        <translation>Ganzen Arbeitsbereich als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="54"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="74"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="75"/>
        <source>People and workspaces (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)</source>
        <translation>Personen und Arbeitsbereiche (*.csv *.tsv *.txt *.vcf *.vcard *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="80"/>
        <source>Export written.</source>
        <translation>Export geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportExportActions.cpp" line="114"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ImportMappingTable</name>
    <message>
        <location filename="../../ui/io/ImportMappingTable.cpp" line="13"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportMappingTable.cpp" line="13"/>
        <source>Chorus field</source>
        <translation>Chorus-Feld</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportMappingTable.cpp" line="13"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>chorus::ui::KindComboBox</name>
    <message>
        <location filename="../../ui/capture/KindComboBox.cpp" line="10"/>
        <source>Just a note</source>
        <translation>Nur eine Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/capture/KindComboBox.cpp" line="14"/>
        <source>Doing with — builds the relationship</source>
        <translation>Mit anderen – stärkt die Beziehung</translation>
    </message>
    <message>
        <location filename="../../ui/capture/KindComboBox.cpp" line="15"/>
        <source>Doing to — asks something of them</source>
        <translation>An andere gerichtet – verlangt ihnen etwas ab</translation>
    </message>
    <message>
        <location filename="../../ui/capture/KindComboBox.cpp" line="31"/>
        <source>Kind of touchpoint</source>
        <translation>Art des Kontaktpunkts</translation>
    </message>
</context>
<context>
    <name>chorus::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="27"/>
        <source>%1 — Chorus</source>
        <translation>%1 – Chorus</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="30"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="55"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>chorus::ui::MainWindowMenus</name>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="53"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="57"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="60"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="77"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="84"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="91"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="101"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="113"/>
        <source>&amp;About Chorus</source>
        <translation>Ü&amp;ber Chorus</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="116"/>
        <source>About Chorus</source>
        <translation>Über Chorus</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="117"/>
        <source>&lt;p&gt;&lt;b&gt;Chorus %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop studio for technology evangelists: the people around a platform, the conversations they take part in and every touchpoint with them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chorus %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Studio für Technologie-Evangelisten: die Menschen rund um eine Plattform, die Gespräche, an denen sie teilnehmen, und jeder Kontaktpunkt mit ihnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="136"/>
        <source>No other recent workspaces</source>
        <translation>Keine weiteren zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="140"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="145"/>
        <source>Chorus workspaces (*.%1)</source>
        <translation>Chorus-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="147"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="156"/>
        <source>Chorus workspaces (*.%1);;All files (*)</source>
        <translation>Chorus-Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindowMenus.cpp" line="158"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::MapCanvas</name>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="27"/>
        <source>No relationships to show yet.</source>
        <translation>Noch keine Beziehungen anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="276"/>
        <source>Stance: %1</source>
        <translation>Haltung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="278"/>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map/MapCanvas.cpp" line="279"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="296"/>
        <location filename="../../ui/map/MapCanvas.cpp" line="302"/>
        <location filename="../../ui/map/MapCanvas.cpp" line="322"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="308"/>
        <location filename="../../ui/map/MapCanvas.cpp" line="313"/>
        <source>Relationship map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapCanvas.cpp" line="326"/>
        <source>%1: use a .png, .svg or .pdf file name.</source>
        <translation>%1: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::MapFilterBar</name>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="18"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="21"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="22"/>
        <source>All stances</source>
        <translation>Alle Haltungen</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="23"/>
        <source>Aligned only</source>
        <translation>Nur Verbündete</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="29"/>
        <source>Time window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="30"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="31"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="32"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="33"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="36"/>
        <source>Minimum strength</source>
        <translation>Mindeststärke</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="37"/>
        <source>Min. strength </source>
        <translation>Mindeststärke </translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="43"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="44"/>
        <location filename="../../ui/map/MapFilterBar.cpp" line="103"/>
        <source>All communities</source>
        <translation>Alle Communities</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="48"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapFilterBar.cpp" line="92"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map/MapFilterBar.cpp" line="106"/>
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n Person)</numerusform>
            <numerusform>%1 (%n Personen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chorus::ui::MapView</name>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="57"/>
        <source>Size of the dots</source>
        <translation>Größe der Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="58"/>
        <source>Size by PageRank</source>
        <translation>Größe nach PageRank</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="59"/>
        <source>Size by relationships</source>
        <translation>Größe nach Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="60"/>
        <source>Size by betweenness</source>
        <translation>Größe nach Vermittlerrolle</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="61"/>
        <source>Same size</source>
        <translation>Gleiche Größe</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="64"/>
        <source>Colour of the dots</source>
        <translation>Farbe der Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="65"/>
        <source>Colour by community</source>
        <translation>Farbe nach Community</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="66"/>
        <source>Colour by stance</source>
        <translation>Farbe nach Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="69"/>
        <source>Find on the map</source>
        <translation>Auf der Karte suchen</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="70"/>
        <source>Find on the map…</source>
        <translation>Auf der Karte suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="75"/>
        <source>Whose network</source>
        <translation>Wessen Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="76"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="77"/>
        <source>Selected person&apos;s network</source>
        <translation>Netzwerk der gewählten Person</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="78"/>
        <source>…and their contacts&apos; networks</source>
        <translation>…und die Netzwerke ihrer Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="80"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="81"/>
        <source>Show the whole map (0)</source>
        <translation>Die ganze Karte zeigen (0)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="84"/>
        <location filename="../../ui/map/MapView.cpp" line="296"/>
        <source>Lay Out Again</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="86"/>
        <source>Export View…</source>
        <translation>Ansicht exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="166"/>
        <location filename="../../ui/map/MapView.cpp" line="167"/>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="180"/>
        <source>The map could not be built.</source>
        <translation>Die Karte konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="186"/>
        <source>No relationships to show yet.</source>
        <translation>Noch keine Beziehungen anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map/MapView.cpp" line="207"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map/MapView.cpp" line="208"/>
        <source>%Ln relationships</source>
        <translation>
            <numerusform>%Ln Beziehung</numerusform>
            <numerusform>%Ln Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/map/MapView.cpp" line="209"/>
        <source>%Ln communities</source>
        <translation>
            <numerusform>%Ln Community</numerusform>
            <numerusform>%Ln Communities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="230"/>
        <source>No one on the map is called “%1”.</source>
        <translation>Niemand auf der Karte heißt „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="256"/>
        <source>Click a person on the map to see their network.</source>
        <translation>Klicken Sie auf eine Person auf der Karte, um ihr Netzwerk zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="283"/>
        <source>Stop Layout</source>
        <translation>Anordnen beenden</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="304"/>
        <source>Export Map View</source>
        <translation>Kartenansicht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="305"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapView.cpp" line="309"/>
        <source>Map view saved to %1</source>
        <translation>Kartenansicht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>chorus::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="34"/>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="35"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="51"/>
        <source>Values the kept person ends with</source>
        <translation>Werte, die die behaltene Person am Ende hat</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="53"/>
        <source>Handles, topics and tags of both are kept.</source>
        <translation>Handles, Themen und Schlagwörter beider bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="63"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="88"/>
        <location filename="../../ui/capture/MergeDialog.cpp" line="89"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="92"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="93"/>
        <source>Nothing else refers to %1.</source>
        <translation>Nichts sonst verweist auf %1.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="94"/>
        <source>Moves from %1 to the kept person: %2.</source>
        <translation>Geht von %1 auf die behaltene Person über: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="116"/>
        <source>%1 of the kept person</source>
        <translation>%1 der behaltenen Person</translation>
    </message>
    <message>
        <location filename="../../ui/capture/MergeDialog.cpp" line="117"/>
        <source>%1 of the other person</source>
        <translation>%1 der anderen Person</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PeopleFilterBar</name>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="19"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="20"/>
        <source>Filter by name, organisation, handle…</source>
        <translation>Nach Name, Organisation, Handle filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="26"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="27"/>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="28"/>
        <source>Aligned (champion, advocate, supporter)</source>
        <translation>Verbündete (Champion, Fürsprecher, Unterstützer)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="34"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="38"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="42"/>
        <source>Going cold</source>
        <translation>Kühlt ab</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="44"/>
        <source>Established relationships whose health has fallen below 25</source>
        <translation>Etablierte Beziehungen, deren Gesundheit unter 25 gefallen ist</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="45"/>
        <source>Archived too</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="78"/>
        <source>Any topic</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="80"/>
        <source>%1 (focus)</source>
        <translation>%1 (Schwerpunkt)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="82"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="106"/>
        <source>1 person</source>
        <comment>matching the filter</comment>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleFilterBar.cpp" line="106"/>
        <source>%L1 people</source>
        <comment>matching the filter</comment>
        <translation>%L1 Personen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PeopleTableModel</name>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="125"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="134"/>
        <source>No touchpoints yet</source>
        <translation>Noch keine Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="135"/>
        <source>Relationship health %1 of 100</source>
        <translation>Beziehungsgesundheit %1 von 100</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="159"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="161"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="163"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="165"/>
        <source>Health</source>
        <comment>relationship health</comment>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="167"/>
        <source>Last touchpoint</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleTableModel.cpp" line="169"/>
        <source>Follow-ups</source>
        <comment>open follow-ups</comment>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PeopleView</name>
    <message>
        <location filename="../../ui/people/PeopleView.cpp" line="58"/>
        <source>No people yet.

Add someone with New Person (Ctrl+Shift+N), log a touchpoint, or import a file.</source>
        <translation>Noch keine Personen.

Fügen Sie jemanden mit „Neue Person“ (Strg+Umschalt+N) hinzu, protokollieren Sie einen Kontaktpunkt oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleView.cpp" line="61"/>
        <source>Nobody matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleView.cpp" line="36"/>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="23"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="27"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="31"/>
        <source>Add a person (%1)</source>
        <translation>Eine Person hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="33"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="39"/>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="119"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="47"/>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="53"/>
        <source>Set Stance</source>
        <translation>Haltung festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="57"/>
        <source>Set the stance of everyone selected</source>
        <translation>Die Haltung aller Ausgewählten festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="59"/>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="61"/>
        <source>Add a tag to everyone selected</source>
        <translation>Allen Ausgewählten ein Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="62"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="64"/>
        <source>Archive everyone selected (they stay in the workspace, hidden from lists)</source>
        <translation>Alle Ausgewählten archivieren (sie bleiben im Arbeitsbereich, aber aus den Listen ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="100"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="115"/>
        <source>Delete Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="116"/>
        <source>Delete %1 with their identities, touchpoints, notes and follow-ups?

You can undo this with Edit ▸ Undo.</source>
        <translation>%1 mit allen Identitäten, Kontaktpunkten, Notizen und Follow-ups löschen?

Sie können dies mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="123"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="139"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="139"/>
        <source>Tag for 1 person:</source>
        <translation>Schlagwort für 1 Person:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PeopleViewActions.cpp" line="139"/>
        <source>Tag for %L1 people:</source>
        <translation>Schlagwort für %L1 Personen:</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PeriodPicker</name>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="22"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="23"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="23"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="23"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="23"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="26"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="29"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="34"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="37"/>
        <source>to</source>
        <comment>period from … to …</comment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PersonEditor</name>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="49"/>
        <source>audience size, if known</source>
        <translation>Publikumsgröße, falls bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="55"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="55"/>
        <source>Handle or address</source>
        <translation>Handle oder Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="55"/>
        <source>Profile link</source>
        <translation>Profillink</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="59"/>
        <source>Add identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="61"/>
        <source>Remove identity</source>
        <translation>Identität entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="75"/>
        <source>Rust on Windows: 80%, WebAssembly</source>
        <translation>Rust unter Windows: 80%, WebAssembly</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="77"/>
        <source>speaker, berlin</source>
        <translation>Sprecher, Berlin</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="87"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="88"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="89"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="90"/>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="91"/>
        <source>Rea&amp;ch:</source>
        <translation>Reich&amp;weite:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="92"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="93"/>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="111"/>
        <source>&lt;b&gt;Identities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Identitäten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="120"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="120"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="216"/>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="217"/>
        <source>%1: &quot;%2&quot; already belongs to %3.</source>
        <translation>%1: „%2“ gehört bereits zu %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonEditor.cpp" line="245"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PersonProfile</name>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="51"/>
        <source>Select someone in the list to see their profile.</source>
        <translation>Wählen Sie jemanden in der Liste, um das Profil zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="70"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="72"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="89"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="90"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="92"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="93"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="94"/>
        <source>Ties</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="100"/>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="102"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="106"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="110"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="110"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="110"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="150"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="163"/>
        <location filename="../../ui/people/PersonProfile.cpp" line="170"/>
        <location filename="../../ui/people/PersonProfile.cpp" line="183"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="171"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="185"/>
        <source>and %L1 more</source>
        <translation>und %L1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="191"/>
        <source>%1 now</source>
        <translation>%1 jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="193"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="196"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="215"/>
        <source>Double-click to open the thread</source>
        <translation>Doppelklick öffnet den Thread</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="221"/>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <location filename="../../ui/people/PersonProfile.cpp" line="221"/>
        <source>No touchpoints, notes, threads or follow-ups.</source>
        <translation>Keine Kontaktpunkte, Notizen, Threads oder Follow-ups.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PlaceholderPage</name>
    <message>
        <location filename="../../ui/shell/PlaceholderPage.cpp" line="27"/>
        <source>This page is not built yet.</source>
        <translation>Diese Seite ist noch nicht fertig.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="38"/>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="152"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="45"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="48"/>
        <source>Default Workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="49"/>
        <source>Chorus workspaces (*.%1)</source>
        <translation>Chorus-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="68"/>
        <source>No topics yet: they appear as you give people and threads topics.</source>
        <translation>Noch keine Themen: Sie erscheinen, sobald Sie Personen und Threads Themen geben.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="75"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="77"/>
        <source>How long until a touchpoint counts half as much toward relationship health</source>
        <translation>Wie lange es dauert, bis ein Kontaktpunkt nur noch halb so viel zur Beziehungsgesundheit beiträgt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="81"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="82"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="83"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="87"/>
        <source>This workspace:</source>
        <translation>Dieser Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="88"/>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="89"/>
        <source>Relationship health &amp;half-life:</source>
        <translation>&amp;Halbwertszeit der Beziehungsgesundheit:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="90"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="98"/>
        <source>&lt;b&gt;Focus topics&lt;/b&gt; — what you are concentrating on now; suggestions favour them:</source>
        <translation>&lt;b&gt;Schwerpunktthemen&lt;/b&gt; – worauf Sie sich gerade konzentrieren; Vorschläge bevorzugen sie:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="105"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/PreferencesDialog.cpp" line="106"/>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
</context>
<context>
    <name>chorus::ui::QuickLogDialog</name>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="40"/>
        <source>Quick Log</source>
        <translation>Schnellprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="56"/>
        <source>A name or a handle</source>
        <translation>Ein Name oder ein Handle</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="58"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="63"/>
        <source>They reached &amp;out</source>
        <translation>Die Person hat sich &amp;gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="67"/>
        <source>&amp;What:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="73"/>
        <source>now — or &quot;yesterday&quot;, &quot;2 days ago&quot;, 2026-11-20T09:14</source>
        <translation>jetzt – oder „gestern“, „vor 2 Tagen“, 2026-11-20T09:14</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="74"/>
        <source>W&amp;hen:</source>
        <translation>Wa&amp;nn:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="78"/>
        <source>&amp;Conversation:</source>
        <translation>Ges&amp;präch:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="81"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="85"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="90"/>
        <source>What you promised, if anything</source>
        <translation>Was Sie versprochen haben, falls etwas</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="93"/>
        <source>due in 7 days</source>
        <translation>fällig in 7 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="94"/>
        <source>Follow-up due</source>
        <translation>Follow-up fällig</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="97"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="99"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="134"/>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="138"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="207"/>
        <source>%1 (a new person)</source>
        <translation>%1 (eine neue Person)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="209"/>
        <source>%1 with %2, %3</source>
        <translation>%1 mit %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="210"/>
        <source>A note on %1</source>
        <translation>Eine Notiz zu %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="212"/>
        <source>; follow-up due %1</source>
        <translation>; Follow-up fällig %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture/QuickLogDialog.cpp" line="237"/>
        <source>Logged: %1</source>
        <translation>Protokolliert: %1</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ReportForm</name>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="27"/>
        <source>Period report</source>
        <translation>Zeitraumbericht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="28"/>
        <source>Person dossier</source>
        <translation>Personendossier</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="29"/>
        <source>Community (topic) report</source>
        <translation>Community-(Themen-)Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="30"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="34"/>
        <source>Name or handle</source>
        <translation>Name oder Handle</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="36"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="44"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="52"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="53"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Abschnitte:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="57"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="58"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="60"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="61"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="64"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="65"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="66"/>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="69"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="70"/>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="71"/>
        <source>CSV &amp;table:</source>
        <translation>CSV-&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="76"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="80"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="127"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="128"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="150"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="156"/>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="160"/>
        <source>Choose a person.</source>
        <translation>Wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportForm.cpp" line="165"/>
        <source>Choose a topic.</source>
        <translation>Wählen Sie ein Thema.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ReportsView</name>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="51"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="53"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="76"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="115"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="129"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="165"/>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="169"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="184"/>
        <location filename="../../ui/reports/ReportsView.cpp" line="190"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsView.cpp" line="195"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::SearchField</name>
    <message>
        <location filename="../../ui/search/SearchField.cpp" line="18"/>
        <source>Search people, handles, threads, notes… (Ctrl+F)</source>
        <translation>Personen, Handles, Threads, Notizen suchen… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchField.cpp" line="19"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::SearchResults</name>
    <message>
        <location filename="../../ui/search/SearchResults.cpp" line="42"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResults.cpp" line="44"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResults.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResults.cpp" line="48"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResults.cpp" line="90"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="36"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="39"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="41"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="41"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="72"/>
        <source>On pages</source>
        <translation>Auf Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="73"/>
        <source>In lists and forms</source>
        <translation>In Listen und Formularen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="74"/>
        <source>Quick Log: save</source>
        <translation>Schnellprotokoll: speichern</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="74"/>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="77"/>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="83"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="75"/>
        <source>Quick Log: choose a completion</source>
        <translation>Schnellprotokoll: eine Vervollständigung wählen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="75"/>
        <source>Down, Enter</source>
        <translation>Pfeil nach unten, Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="76"/>
        <source>Quick Log / dialogs: close</source>
        <translation>Schnellprotokoll / Dialoge: schließen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="76"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="77"/>
        <source>Event Capture: save this person, start the next</source>
        <translation>Veranstaltungserfassung: diese Person speichern, die nächste beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="78"/>
        <source>Event Capture: go to the likely matches</source>
        <translation>Veranstaltungserfassung: zu den wahrscheinlichen Treffern gehen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="78"/>
        <source>Alt+M</source>
        <translation>Alt+R</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="79"/>
        <source>Event Capture: keep as draft, next person</source>
        <translation>Veranstaltungserfassung: als Entwurf behalten, nächste Person</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="81"/>
        <source>Follow-ups: mark done</source>
        <translation>Follow-ups: als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="81"/>
        <source>D or Space</source>
        <translation>D oder Leertaste</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="82"/>
        <source>Follow-ups: snooze</source>
        <translation>Follow-ups: zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="82"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="83"/>
        <source>Follow-ups / Find Duplicates: open or merge the current one</source>
        <translation>Follow-ups / Duplikate finden: das aktuelle öffnen oder zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="84"/>
        <source>Any field: the underlined letter of its label</source>
        <translation>Jedes Feld: der unterstrichene Buchstabe seiner Beschriftung</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="84"/>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="85"/>
        <source>Next / previous control</source>
        <translation>Nächstes / vorheriges Bedienelement</translation>
    </message>
    <message>
        <location filename="../../ui/help/ShortcutsDialog.cpp" line="85"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>chorus::ui::SourcesModel</name>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="54"/>
        <source>never fetched</source>
        <translation>nie abgerufen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="56"/>
        <source>%1 (1 failure)</source>
        <translation>%1 (1 Fehlschlag)</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="57"/>
        <source>%1 (%2 failures)</source>
        <translation>%1 (%2 Fehlschläge)</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="59"/>
        <source>not modified</source>
        <translation>nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="60"/>
        <source>%1 new</source>
        <comment>items a refresh brought</comment>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="106"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="108"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="110"/>
        <source>Items</source>
        <comment>conversations a feed brought</comment>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="112"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="114"/>
        <source>Last fetched</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesModel.cpp" line="116"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>chorus::ui::SourcesView</name>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="45"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="45"/>
        <source>Follow a feed of a person</source>
        <translation>Einem Feed einer Person folgen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="47"/>
        <source>From &amp;Identities…</source>
        <translation>Aus &amp;Identitäten…</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="48"/>
        <source>Follow the feeds a person&apos;s Mastodon, Bluesky, GitHub, YouTube and blog identities publish</source>
        <translation>Den Feeds folgen, die die Mastodon-, Bluesky-, GitHub-, YouTube- und Blog-Identitäten einer Person veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="51"/>
        <source>Stop following the selected feed; its conversations stay</source>
        <translation>Dem gewählten Feed nicht mehr folgen; seine Gespräche bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="52"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="53"/>
        <source>Fetch the selected feed now, even if it is backing off after failures</source>
        <translation>Den gewählten Feed jetzt abrufen, auch wenn er nach Fehlschlägen pausiert</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="54"/>
        <source>Refresh A&amp;ll</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="55"/>
        <source>Fetch every feed that is not backing off after failures</source>
        <translation>Jeden Feed abrufen, der nicht nach Fehlschlägen pausiert</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="56"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="56"/>
        <source>Stop refreshing</source>
        <translation>Aktualisierung anhalten</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="69"/>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="71"/>
        <source>Refresh every (hours)</source>
        <translation>Aktualisieren alle (Stunden)</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="73"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="74"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="75"/>
        <source>Refresh all feeds this often while Chorus runs</source>
        <translation>Alle Feeds in diesem Abstand aktualisieren, solange Chorus läuft</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="79"/>
        <source>Followed feeds</source>
        <translation>Gefolgte Feeds</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="92"/>
        <source>Feeds %v/%m</source>
        <translation>Feeds %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="146"/>
        <source>No feeds followed yet. Add a person&apos;s blog, Mastodon, Bluesky, GitHub or YouTube feed, or follow the feeds of their identities.</source>
        <translation>Noch keinen Feeds gefolgt. Fügen Sie den Blog-, Mastodon-, Bluesky-, GitHub- oder YouTube-Feed einer Person hinzu oder folgen Sie den Feeds ihrer Identitäten.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="175"/>
        <source>Following %1; refresh to fetch it.</source>
        <translation>%1 wird gefolgt; aktualisieren Sie, um ihn abzurufen.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="185"/>
        <source>Remove Feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="186"/>
        <source>Stop following %1 for %2? The conversations it brought stay.</source>
        <translation>%1 für %2 nicht mehr folgen? Die Gespräche, die der Feed gebracht hat, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="188"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="196"/>
        <source>Follow Feeds from Identities</source>
        <translation>Feeds aus Identitäten folgen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="197"/>
        <source>Whose feeds (name, handle or id)?</source>
        <translation>Wessen Feeds (Name, Handle oder ID)?</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="210"/>
        <source>Nobody called &quot;%1&quot;.</source>
        <translation>Niemand heißt „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="218"/>
        <source>Following 1 new feed of %1.</source>
        <translation>1 neuer Feed von %1 wird gefolgt.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="219"/>
        <source>Following %1 new feeds of %2.</source>
        <translation>%1 neuen Feeds von %2 wird gefolgt.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="268"/>
        <source>1 new item</source>
        <translation>1 neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="268"/>
        <source>%1 new items</source>
        <translation>%1 neue Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="272"/>
        <source>Refresh cancelled: %1 so far.</source>
        <translation>Aktualisierung abgebrochen: bisher %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="276"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="278"/>
        <source>%1 backing off</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="280"/>
        <source>Refreshed 1 feed</source>
        <translation>1 Feed aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="280"/>
        <source>Refreshed %1 feeds</source>
        <translation>%1 Feeds aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/sources/SourcesView.cpp" line="281"/>
        <source>%1: %2.</source>
        <comment>refreshed feeds: what came of it</comment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::SuggestionWeightsPage</name>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="33"/>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="104"/>
        <source>A fresh post</source>
        <translation>Ein frischer Beitrag</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="35"/>
        <source>A smaller voice (a share still helps)</source>
        <translation>Eine kleinere Stimme (ein Teilen hilft noch)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="37"/>
        <source>A rising reach trend</source>
        <translation>Eine wachsende Reichweite</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="39"/>
        <source>How much they already agree</source>
        <translation>Wie sehr sie schon zustimmen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="41"/>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="60"/>
        <source>On a focus topic</source>
        <translation>Zu einem Fokusthema</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="43"/>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="94"/>
        <source>They engage back</source>
        <translation>Sie reagieren zurück</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="45"/>
        <source>Posts count as fresh work for</source>
        <translation>Beiträge gelten als frisch für</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="47"/>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="68"/>
        <source>Freshness halves every</source>
        <translation>Frische halbiert sich alle</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="49"/>
        <source>Audience at which a voice counts half</source>
        <translation>Publikum, ab dem eine Stimme halb zählt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="51"/>
        <source>Monthly growth that counts in full</source>
        <translation>Monatliches Wachstum, das voll zählt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="53"/>
        <source>Someone just supported recovers over</source>
        <translation>Wer gerade unterstützt wurde, erholt sich über</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="55"/>
        <source>Factor per earlier pick from the same community</source>
        <translation>Faktor je früherer Auswahl aus derselben Community</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="58"/>
        <source>Recent activity</source>
        <translation>Jüngste Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="62"/>
        <source>People who agree take part</source>
        <translation>Zustimmende Personen nehmen teil</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="64"/>
        <source>A small thread (one more voice matters)</source>
        <translation>Ein kleiner Thread (eine Stimme mehr zählt)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="66"/>
        <source>Threads active within</source>
        <translation>Threads aktiv innerhalb von</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="70"/>
        <source>Participants at which size counts half</source>
        <translation>Teilnehmerzahl, ab der die Größe halb zählt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="72"/>
        <source>Shared topics</source>
        <translation>Gemeinsame Themen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="74"/>
        <source>Shared events</source>
        <translation>Gemeinsame Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="76"/>
        <source>How well you know both</source>
        <translation>Wie gut Sie beide kennen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="78"/>
        <source>Different circles (a bridge)</source>
        <translation>Verschiedene Kreise (eine Brücke)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="80"/>
        <source>Only people known at least this well (health)</source>
        <translation>Nur Personen, die Sie mindestens so gut kennen (Beziehungsgesundheit)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="82"/>
        <source>People considered, best known first</source>
        <translation>Berücksichtigte Personen, die bekanntesten zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="84"/>
        <source>A promised follow-up is due</source>
        <translation>Ein versprochenes Follow-up ist fällig</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="86"/>
        <source>How late the follow-up is</source>
        <translation>Wie überfällig das Follow-up ist</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="88"/>
        <source>Shared history</source>
        <translation>Gemeinsame Geschichte</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="90"/>
        <source>How much they agree</source>
        <translation>Wie sehr sie zustimmen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="92"/>
        <source>How cold it has gone</source>
        <translation>Wie kalt es geworden ist</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="96"/>
        <source>Cold below this health</source>
        <translation>Kalt unter dieser Beziehungsgesundheit</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="98"/>
        <source>Valued after this many touchpoints</source>
        <translation>Zählt ab so vielen Kontaktpunkten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="100"/>
        <source>Cold people read at a time</source>
        <translation>Kalte Kontakte, die auf einmal gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="102"/>
        <source>Influence (reach)</source>
        <translation>Einfluss (Reichweite)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="106"/>
        <source>Influential from this audience</source>
        <translation>Einflussreich ab diesem Publikum</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="108"/>
        <source>A done suggestion stays quiet for</source>
        <translation>Ein erledigter Vorschlag ruht für</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="110"/>
        <source>Engagement counted over the last</source>
        <translation>Reaktionen gezählt über die letzten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="136"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="152"/>
        <source>Support — amplify aligned people who are growing</source>
        <translation>Unterstützen — wachsende Stimmen verstärken, die Ihre Sache teilen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="154"/>
        <source>Join — threads worth a reply</source>
        <translation>Mitmachen — Threads, die eine Antwort lohnen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="156"/>
        <source>Introduce — people who should meet</source>
        <translation>Vorstellen — Menschen, die sich kennenlernen sollten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="158"/>
        <source>Reconnect — relationships and promises</source>
        <translation>Wieder anknüpfen — Beziehungen und Versprechen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="160"/>
        <source>Caution — influential sceptics</source>
        <translation>Vorsicht — einflussreiche Skeptiker</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="161"/>
        <source>All lists</source>
        <translation>Alle Listen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="184"/>
        <source>Each list adds up its weights × how well a suggestion fits; a higher weight counts for more. docs/SUGGESTIONS.md explains every one.</source>
        <translation>Jede Liste summiert ihre Gewichte × wie gut ein Vorschlag passt; ein höheres Gewicht zählt mehr. docs/SUGGESTIONS.md erklärt jedes einzelne.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="212"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/SuggestionWeightsPage.cpp" line="235"/>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>chorus::ui::TodayModel</name>
    <message>
        <location filename="../../ui/today/TodayModel.cpp" line="91"/>
        <source>%1 — nothing today</source>
        <translation>%1 – heute nichts</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayModel.cpp" line="111"/>
        <source>Score %1
%2</source>
        <translation>Punktzahl %1
%2</translation>
    </message>
</context>
<context>
    <name>chorus::ui::TodayPage</name>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="45"/>
        <location filename="../../ui/today/TodayPage.cpp" line="139"/>
        <source>Working out today&apos;s suggestions…</source>
        <translation>Die heutigen Vorschläge werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="51"/>
        <source>Today&apos;s suggestions</source>
        <translation>Heutige Vorschläge</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="92"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="95"/>
        <location filename="../../ui/today/TodayPage.cpp" line="225"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="97"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="100"/>
        <source>Snooze a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="101"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="147"/>
        <source>Suggestions could not be made: %1</source>
        <translation>Vorschläge konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="183"/>
        <source>Return: open · D: done · Delete: dismiss · S: snooze a week</source>
        <translation>Eingabe: öffnen · D: erledigt · Entf: verwerfen · S: eine Woche zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="225"/>
        <source>Log it</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="232"/>
        <source>Done, and logged.</source>
        <translation>Erledigt und protokolliert.</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="232"/>
        <source>Marked done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="243"/>
        <source>Dismissed; it will not come back in this list.</source>
        <translation>Verworfen; es erscheint nicht wieder in dieser Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/today/TodayPage.cpp" line="256"/>
        <source>Snoozed until %1.</source>
        <translation>Zurückgestellt bis %1.</translation>
    </message>
</context>
<context>
    <name>chorus::ui::WelcomeDialog</name>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="13"/>
        <source>Welcome to Chorus</source>
        <translation>Willkommen bei Chorus</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="14"/>
        <source>&lt;h2&gt;Welcome to Chorus&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Chorus&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="16"/>
        <source>Chorus keeps the people around your platform, the conversations they take part in and every touchpoint with them — on this computer, in one file.</source>
        <translation>Chorus hält die Menschen rund um Ihre Plattform fest, die Gespräche, an denen sie teilnehmen, und jeden Kontaktpunkt mit ihnen – auf diesem Computer, in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="20"/>
        <source>Start an empty workspace</source>
        <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="21"/>
        <source>Add the people you know and log touchpoints as you go.</source>
        <translation>Fügen Sie die Menschen hinzu, die Sie kennen, und protokollieren Sie Kontaktpunkte unterwegs.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="24"/>
        <source>Explore a sample workspace</source>
        <translation>Einen Beispiel-Arbeitsbereich erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="25"/>
        <source>A made-up community of a few hundred people with two years of conversations, events and touchpoints, to try everything before you enter your own.</source>
        <translation>Eine erfundene Community aus einigen hundert Personen mit zwei Jahren an Gesprächen, Veranstaltungen und Kontaktpunkten, um alles auszuprobieren, bevor Sie Ihre eigenen Daten eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="30"/>
        <source>Open a workspace file…</source>
        <translation>Eine Arbeitsbereichsdatei öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="30"/>
        <source>A .chorus file you already have.</source>
        <translation>Eine .chorus-Datei, die Sie bereits haben.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="41"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WelcomeDialog.cpp" line="42"/>
        <source>Chorus workspaces (*.chorus);;All files (*)</source>
        <translation>Chorus-Arbeitsbereiche (*.chorus);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>chorus::ui::WorkspaceStatus</name>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="30"/>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 – %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="32"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="32"/>
        <source>%L1 people</source>
        <translation>%L1 Personen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="33"/>
        <source>1 conversation</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="33"/>
        <source>%L1 conversations</source>
        <translation>%L1 Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="34"/>
        <source>1 event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/WorkspaceStatus.cpp" line="34"/>
        <source>%L1 events</source>
        <translation>%L1 Veranstaltungen</translation>
    </message>
</context>
</TS>
