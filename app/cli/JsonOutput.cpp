#include "JsonOutput.h"

#include "util/DateParsing.h"

#include <QJsonArray>

namespace chorus::cli {

QJsonObject personJson(const Person& p) {
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("organisation"), p.organisation},
                  {QStringLiteral("role"), p.role},
                  {QStringLiteral("location"), p.location},
                  {QStringLiteral("stance"), stanceKey(p.stance)},
                  {QStringLiteral("archived"), p.archived},
                  {QStringLiteral("created_at"), isoUtc(p.createdAt)},
                  {QStringLiteral("updated_at"), isoUtc(p.updatedAt)}};
    o.insert(QStringLiteral("reach"), p.reach ? QJsonValue(double(*p.reach)) : QJsonValue());
    QJsonArray identities;
    for (const Identity& i : p.identities) {
        identities.append(QJsonObject{{QStringLiteral("id"), i.id},
                                      {QStringLiteral("platform"), i.platform},
                                      {QStringLiteral("handle"), i.handle},
                                      {QStringLiteral("url"), i.url}});
    }
    o.insert(QStringLiteral("identities"), identities);
    QJsonArray topics;
    for (const PersonTopic& t : p.topics)
        topics.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("weight"), t.weight}});
    o.insert(QStringLiteral("topics"), topics);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.tags));
    return o;
}

QJsonObject personRowJson(const PersonRow& r) {
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("organisation"), r.organisation},
                  {QStringLiteral("stance"), stanceKey(r.stance)},
                  {QStringLiteral("topics"), r.topics},
                  {QStringLiteral("open_follow_ups"), r.openFollowUps},
                  {QStringLiteral("archived"), r.archived}};
    o.insert(QStringLiteral("health"),
             r.hasHealth ? QJsonValue(std::round(r.health * 10.0) / 10.0) : QJsonValue());
    o.insert(QStringLiteral("last_touchpoint_at"),
             r.lastTouchpointAt.isValid() ? QJsonValue(isoUtc(r.lastTouchpointAt)) : QJsonValue());
    return o;
}

QString searchKindKey(SearchKind kind) {
    switch (kind) {
    case SearchKind::Person:
        return QStringLiteral("person");
    case SearchKind::Identity:
        return QStringLiteral("identity");
    case SearchKind::Conversation:
        return QStringLiteral("conversation");
    case SearchKind::Note:
        return QStringLiteral("note");
    case SearchKind::Event:
        return QStringLiteral("event");
    }
    return QStringLiteral("person");
}

QJsonObject searchHitJson(const SearchHit& h) {
    QJsonObject o{{QStringLiteral("kind"), searchKindKey(h.kind)},
                  {QStringLiteral("id"), h.id},
                  {QStringLiteral("title"), h.title},
                  {QStringLiteral("snippet"), h.snippet},
                  {QStringLiteral("rank"), h.rank}};
    if (h.personId)
        o.insert(QStringLiteral("person_id"), h.personId);
    if (h.conversationId)
        o.insert(QStringLiteral("conversation_id"), h.conversationId);
    if (h.eventId)
        o.insert(QStringLiteral("event_id"), h.eventId);
    return o;
}

QJsonObject touchpointJson(const Touchpoint& t) {
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("person_id"), t.personId},
                  {QStringLiteral("kind"), touchpointKindKey(t.kind)},
                  {QStringLiteral("axis"), axisKey(touchpointKindInfo(t.kind).axis)},
                  {QStringLiteral("direction"), directionKey(t.direction)},
                  {QStringLiteral("at"), isoUtc(t.at)},
                  {QStringLiteral("note"), t.note}};
    if (t.conversationId)
        o.insert(QStringLiteral("conversation_id"), t.conversationId);
    if (t.eventId)
        o.insert(QStringLiteral("event_id"), t.eventId);
    return o;
}

QJsonObject noteJson(const Note& n) {
    static const char* subjects[] = {"person", "conversation", "event"};
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("subject"), QString::fromLatin1(subjects[int(n.subject)])},
                       {QStringLiteral("subject_id"), n.subjectId},
                       {QStringLiteral("body"), n.body},
                       {QStringLiteral("created_at"), isoUtc(n.createdAt)}};
}

QJsonObject infoJson(const WorkspaceInfo& info) {
    QJsonObject counts;
    for (auto it = info.counts.cbegin(); it != info.counts.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    QJsonObject o{{QStringLiteral("path"), info.path},
                  {QStringLiteral("schema_version"), info.schemaVersion},
                  {QStringLiteral("revision"), double(info.revision)},
                  {QStringLiteral("file_bytes"), double(info.fileBytes)},
                  {QStringLiteral("counts"), counts}};
    if (!info.integrity.isEmpty())
        o.insert(QStringLiteral("integrity"), info.integrity);
    return o;
}

} // namespace chorus::cli
