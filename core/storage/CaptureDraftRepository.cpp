#include "CaptureDraftRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Capture)
};

const QString kDueOnKey = QStringLiteral("follow_up_due_on");

CaptureDraft fromRow(const sql::Rows& r) {
    CaptureDraft d;
    d.id = r.integer(0);
    d.eventId = r.integer(1);
    d.personId = r.integer(2);
    const QJsonObject data = QJsonDocument::fromJson(r.text(3).toUtf8()).object();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (const auto field = captureFieldFromKey(it.key()))
            d.values.insert(*field, it.value().toString());
    }
    d.followUpDueOn = QDate::fromString(data.value(kDueOnKey).toString(), Qt::ISODate);
    d.updatedAt = sql::fromEpoch(r.value(4));
    return d;
}

const QString kColumns = QStringLiteral("id, event_id, person_id, data, updated_at");
} // namespace

Result<Id> CaptureDraftRepository::create(Id eventId) {
    auto id = sql::insert(
        m_db, QStringLiteral("INSERT INTO capture_drafts (event_id, data, updated_at) VALUES (?, '{}', ?)"),
        {sql::optionalId(eventId), sql::epoch(m_clock.now())});
    if (!id && id.error().message.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::NotFound, Tr::tr("Capture: no event with id %1.").arg(eventId));
    return id;
}

Status CaptureDraftRepository::checkChanged(const Result<int>& changed, Id draftId) const {
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("Capture: no draft with id %1.").arg(draftId));
    return {};
}

Status CaptureDraftRepository::setField(Id draftId, CaptureField field, const QString& value) {
    // The JSON path comes from the fixed field keys; bound all the same.
    return checkChanged(sql::modify(m_db, QStringLiteral(R"(
        UPDATE capture_drafts SET data = json_set(data, ?, ?), updated_at = ? WHERE id = ?)"),
                                    {QStringLiteral("$.") + captureFieldKey(field), value,
                                     sql::epoch(m_clock.now()), draftId}),
                        draftId);
}

Status CaptureDraftRepository::setFollowUpDueOn(Id draftId, const QDate& dueOn) {
    return checkChanged(
        dueOn.isValid() ? sql::modify(m_db, QStringLiteral(R"(
                UPDATE capture_drafts SET data = json_set(data, ?, ?), updated_at = ? WHERE id = ?)"),
                                      {QStringLiteral("$.") + kDueOnKey, dueOn.toString(Qt::ISODate),
                                       sql::epoch(m_clock.now()), draftId})
                        : sql::modify(m_db, QStringLiteral(R"(
                UPDATE capture_drafts SET data = json_remove(data, ?), updated_at = ? WHERE id = ?)"),
                                      {QStringLiteral("$.") + kDueOnKey, sql::epoch(m_clock.now()), draftId}),
        draftId);
}

Status CaptureDraftRepository::setPerson(Id draftId, Id personId) {
    auto changed = sql::modify(
        m_db, QStringLiteral("UPDATE capture_drafts SET person_id = ?, updated_at = ? WHERE id = ?"),
        {sql::optionalId(personId), sql::epoch(m_clock.now()), draftId});
    if (!changed && changed.error().message.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::NotFound, Tr::tr("Capture: no person with id %1.").arg(personId));
    return checkChanged(changed, draftId);
}

Result<CaptureDraft> CaptureDraftRepository::get(Id draftId) const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT %1 FROM capture_drafts WHERE id = ?").arg(kColumns),
                            {draftId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, Tr::tr("Capture: no draft with id %1.").arg(draftId));
    return fromRow(*rows);
}

Result<QVector<CaptureDraft>> CaptureDraftRepository::list(Id eventId) const {
    auto rows =
        eventId > 0
            ? sql::select(m_db,
                          QStringLiteral("SELECT %1 FROM capture_drafts WHERE event_id = ? ORDER BY id")
                              .arg(kColumns),
                          {eventId})
            : sql::select(m_db, QStringLiteral("SELECT %1 FROM capture_drafts ORDER BY id").arg(kColumns));
    if (!rows)
        return rows.error();
    QVector<CaptureDraft> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

Status CaptureDraftRepository::remove(Id draftId) {
    return checkChanged(
        sql::modify(m_db, QStringLiteral("DELETE FROM capture_drafts WHERE id = ?"), {draftId}), draftId);
}

} // namespace chorus
