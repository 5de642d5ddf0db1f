<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendanceRole</name>
    <message>
        <location filename="../../core/model/Event.cpp" line="20"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="21"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="22"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="74"/>
        <source>Do with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="75"/>
        <source>Do to</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/desktop/CommandLine.cpp" line="37"/>
        <source>The workspace file (.chorus) to open.</source>
        <translation>Die Arbeitsbereichsdatei (.chorus), die geöffnet werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="58"/>
        <source>%1: %2 (see %1 --help)
</source>
        <translation>%1: %2 (siehe %1 --help)
</translation>
    </message>
    <message>
        <location filename="../../app/desktop/CommandLine.cpp" line="65"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="11"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="12"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="13"/>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="14"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../core/model/Event.cpp" line="10"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="11"/>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="12"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="13"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Event.cpp" line="14"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../core/storage/FeedbackRepository.cpp" line="23"/>
        <source>Feedback: the suggestion is not identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/FeedbackRepository.cpp" line="27"/>
        <source>Snooze: choose a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackAction</name>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="10"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="11"/>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/SuggestionFeedback.cpp" line="12"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="20"/>
        <source>Started it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="21"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Conversation.cpp" line="22"/>
        <source>Mentioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../core/storage/PersonRecordRepository.cpp" line="70"/>
        <source>No person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/PersonRecordRepository.cpp" line="90"/>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../core/model/Identity.cpp" line="16"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="18"/>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="20"/>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="22"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="24"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="26"/>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="28"/>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="30"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="32"/>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="34"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Identity.cpp" line="36"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="28"/>
        <source>Chorus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="32"/>
        <source>Chorus — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/desktop/main.cpp" line="34"/>
        <source>%n people in this workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <location filename="../../core/storage/ReachRepository.cpp" line="12"/>
        <source>Reach: a date and a non-negative audience size are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../core/sample/SampleGenerator.cpp" line="88"/>
        <location filename="../../core/sample/SampleGenerator.cpp" line="457"/>
        <location filename="../../core/sample/SampleGenerator.cpp" line="507"/>
        <source>Generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sample/SampleGenerator.cpp" line="132"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../core/model/Stance.cpp" line="10"/>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="11"/>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="12"/>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="13"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="14"/>
        <source>Sceptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Stance.cpp" line="15"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="27"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../core/storage/TagRepository.cpp" line="13"/>
        <source>Tag: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieKind</name>
    <message>
        <location filename="../../core/model/Tie.cpp" line="10"/>
        <source>Knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="11"/>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="12"/>
        <source>Collaborates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="13"/>
        <source>Introduced by me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieOrigin</name>
    <message>
        <location filename="../../core/model/Tie.cpp" line="19"/>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="20"/>
        <source>Shared conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="21"/>
        <source>Shared events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="22"/>
        <source>Made by an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Tie.cpp" line="23"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../core/storage/TopicRepository.cpp" line="13"/>
        <location filename="../../core/storage/TopicRepository.cpp" line="96"/>
        <source>Topic: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/TopicRepository.cpp" line="31"/>
        <source>No topic with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointKind</name>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="15"/>
        <source>Met in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="17"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="19"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="22"/>
        <source>Amplified their work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="23"/>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="25"/>
        <source>Co-created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="27"/>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="29"/>
        <source>Thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="32"/>
        <source>Asked for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="33"/>
        <source>Pitched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="35"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TouchpointKind.cpp" line="38"/>
        <source>Asked to share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus</name>
    <message>
        <location filename="../../core/model/Validation.cpp" line="33"/>
        <source>Identity: choose a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="36"/>
        <source>Identity on %1: the handle is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="39"/>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="43"/>
        <source>%1: &quot;%2&quot; is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="46"/>
        <source>%1 link: &quot;%2&quot; is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="53"/>
        <source>Name: a person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="55"/>
        <source>Reach: the audience size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="65"/>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="70"/>
        <source>Topics: a topic needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/Validation.cpp" line="73"/>
        <source>Topics: the weight of &quot;%1&quot; must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="45"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="51"/>
        <source>%1 is not a Chorus workspace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="53"/>
        <source>%1 is damaged: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="43"/>
        <source>Touchpoint: the person (%1), conversation or event it refers to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::ConversationRepository</name>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="36"/>
        <source>Conversation: give it a title or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="39"/>
        <source>Link: &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="90"/>
        <location filename="../../core/storage/ConversationRepository.cpp" line="115"/>
        <location filename="../../core/storage/ConversationRepository.cpp" line="134"/>
        <source>No conversation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/ConversationRepository.cpp" line="240"/>
        <source>Participant: no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="84"/>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="88"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="103"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="110"/>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="116"/>
        <source>%1 was written by a newer version of Chorus (workspace format %2; this version reads up to %3). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="128"/>
        <source>%1 is damaged or not a Chorus workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="133"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="137"/>
        <source>%1 is an SQLite database of another program, not a Chorus workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="148"/>
        <source>%1 uses workspace format %2 and needs an upgrade, which cannot be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="168"/>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="176"/>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="189"/>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="193"/>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="235"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="243"/>
        <source>Commit without a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="250"/>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::EventRepository</name>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="26"/>
        <source>Event: a name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="28"/>
        <source>Event dates: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="31"/>
        <source>Event link: &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="72"/>
        <location filename="../../core/storage/EventRepository.cpp" line="94"/>
        <location filename="../../core/storage/EventRepository.cpp" line="115"/>
        <source>No event with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/EventRepository.cpp" line="160"/>
        <source>Attendee: no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::FollowUpRepository</name>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="48"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="77"/>
        <source>Follow-up: say what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="50"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="79"/>
        <source>Follow-up: the due date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="63"/>
        <source>Follow-up: no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="100"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="153"/>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="171"/>
        <source>No follow-up with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/FollowUpRepository.cpp" line="132"/>
        <source>Snooze: the date is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::NoteRepository</name>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="50"/>
        <location filename="../../core/storage/NoteRepository.cpp" line="72"/>
        <source>Note: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="52"/>
        <source>Note: attach it to a person, conversation or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="63"/>
        <source>Note: what it is attached to (id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/NoteRepository.cpp" line="78"/>
        <location filename="../../core/storage/NoteRepository.cpp" line="95"/>
        <source>No note with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::PeopleRepository</name>
    <message>
        <location filename="../../core/storage/PeopleRepository.cpp" line="97"/>
        <location filename="../../core/storage/PeopleRepository.cpp" line="156"/>
        <location filename="../../core/storage/PeopleRepository.cpp" line="189"/>
        <source>No person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/PeopleRepository.cpp" line="140"/>
        <source>%1: &quot;%2&quot; is already listed for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/PeopleRepository.cpp" line="373"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::TieRepository</name>
    <message>
        <location filename="../../core/storage/TieRepository.cpp" line="28"/>
        <source>A tie needs two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/TieRepository.cpp" line="44"/>
        <source>The tie was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::TouchpointRepository</name>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="51"/>
        <source>Touchpoint: choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="53"/>
        <source>Touchpoint: the date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/TouchpointRepository.cpp" line="133"/>
        <source>No touchpoint with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chorus::privatefiles</name>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="35"/>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="46"/>
        <source>Cannot create the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="55"/>
        <source>Cannot restrict access to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/util/PrivateFiles.cpp" line="64"/>
        <location filename="../../core/util/PrivateFiles.cpp" line="70"/>
        <location filename="../../core/util/PrivateFiles.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
