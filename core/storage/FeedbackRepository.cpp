#include "FeedbackRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
SuggestionFeedback fromRow(const sql::Rows& r) {
    SuggestionFeedback f;
    f.id = r.integer(0);
    f.kind = r.text(1);
    f.subjectKey = r.text(2);
    f.action = feedbackActionFromKey(r.text(3)).value_or(FeedbackAction::Done);
    f.at = sql::fromEpoch(r.value(4));
    f.until = sql::fromEpoch(r.value(5));
    return f;
}
} // namespace

Result<Id> FeedbackRepository::record(const SuggestionFeedback& f) {
    if (f.kind.isEmpty() || f.subjectKey.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "Feedback", "Feedback: the suggestion is not identified."));
    if (f.action == FeedbackAction::Snoozed && !f.until.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Feedback", "Snooze: choose a date."));
    auto id = sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO suggestion_feedback (kind, subject_key, action, at, until) VALUES (?, ?, ?, ?, ?)"),
        {f.kind, f.subjectKey, feedbackActionKey(f.action), sql::epoch(f.at.isValid() ? f.at : m_clock.now()),
         sql::epoch(f.until)});
    if (id)
        m_db.announce({Entity::Feedback, ChangeKind::Inserted, {*id}});
    return id;
}

Result<QHash<QString, SuggestionFeedback>> FeedbackRepository::latestByKind(const QString& kind) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, kind, subject_key, action, at, until FROM suggestion_feedback
        WHERE kind = ? ORDER BY at, id)"),
                            {kind});
    if (!rows)
        return rows.error();
    QHash<QString, SuggestionFeedback> latest;
    while (rows->next()) {
        SuggestionFeedback f = fromRow(*rows);
        latest.insert(f.subjectKey, f);
    }
    return latest;
}

Result<QVector<SuggestionFeedback>> FeedbackRepository::history(const QString& kind,
                                                                const QString& subjectKey) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, kind, subject_key, action, at, until FROM suggestion_feedback
        WHERE kind = ? AND subject_key = ? ORDER BY at, id)"),
                            {kind, subjectKey});
    if (!rows)
        return rows.error();
    QVector<SuggestionFeedback> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

Status FeedbackRepository::clear(const QString& kind, const QString& subjectKey) {
    auto st =
        sql::exec(m_db, QStringLiteral("DELETE FROM suggestion_feedback WHERE kind = ? AND subject_key = ?"),
                  {kind, subjectKey});
    if (st)
        m_db.announce({Entity::Feedback, ChangeKind::Removed, {}});
    return st;
}

} // namespace chorus
