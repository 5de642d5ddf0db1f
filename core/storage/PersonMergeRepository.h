#pragma once

#include "Database.h"
#include "model/Person.h"
#include "util/Clock.h"

#include <QVariant>
#include <QVector>

namespace chorus {

class PersonSummaryRepository;
class SettingsRepository;

/// A value a merge changed outside the two people's own records (a capture draft's person, a conversation's
/// feed source, a suggestion-feedback key), so that undoing the merge can put it back.
struct OutsideChange {
    enum class Column { DraftPerson, ConversationSource, FeedbackSubject };
    Column column = Column::DraftPerson;
    Id rowId = 0;
    QVariant before;
};

/// How many rows of one table point at a person (through a foreign key to people).
struct ReferencingRows {
    QString table;
    QString column;
    int rows = 0;
};

/// The SQL of merging one person into another. Every table with a foreign key to people is handled; one it
/// does not know makes the merge fail rather than lose rows.
class PersonMergeRepository final {
public:
    PersonMergeRepository(Database& db, const Clock& clock, PersonSummaryRepository& summaries,
                          const SettingsRepository& settings)
        : m_db(db)
        , m_clock(clock)
        , m_summaries(summaries)
        , m_settings(settings) {}

    /// In one transaction: give `survivor` the fields of `fields` (name, organisation, role, location,
    /// stance, reach, archived), move every identity, topic, tag, reach sample, tie, participation,
    /// attendance, touchpoint, note, follow-up, source, capture draft and not-duplicate mark of `other` to it
    /// (dropping what would duplicate or tie the survivor to itself), rewrite suggestion feedback about
    /// `other`, delete `other`, and refresh the survivor's summary. Returns the outside values it changed,
    /// for undo.
    Result<QVector<OutsideChange>> merge(Id survivor, Id other, const Person& fields);

    /// Every foreign key to people, with the rows pointing at `personId`.
    Result<QVector<ReferencingRows>> references(Id personId) const;
    /// Outside values that deleting these people would change (capture drafts pointing at them).
    Result<QVector<OutsideChange>> draftLinks(const QVector<Id>& personIds) const;
    /// Put outside values back (after the people's records are restored).
    Status revert(const QVector<OutsideChange>& changes);

private:
    Status moveTies(Id survivor, Id other);
    Result<QVector<OutsideChange>> moveSources(Id survivor, Id other);
    Result<QVector<OutsideChange>> rewriteFeedback(Id survivor, Id other);

    Database& m_db;
    const Clock& m_clock;
    PersonSummaryRepository& m_summaries;
    const SettingsRepository& m_settings;
};

} // namespace chorus
