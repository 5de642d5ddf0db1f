#include "ReportRepository.h"

#include "Sql.h"
#include "model/TouchpointKind.h"

#include <algorithm>
#include <cmath>

namespace chorus {
namespace {
constexpr qint64 kWeekSeconds = 7 * 86400;

// Outbound touchpoints count on the axis; inbound ones are the person reaching out.
const QString kAxisJoin = QStringLiteral("JOIN touchpoint_kinds k ON k.key = t.kind");
} // namespace

Result<PeriodCounts> ReportRepository::counts(const QDateTime& from, const QDateTime& to) const {
    PeriodCounts c;
    const QVariant f = sql::epoch(from);
    const QVariant t = sql::epoch(to);
    {
        auto rows = sql::select(m_db,
                                QStringLiteral(R"(
            SELECT count(*),
                   coalesce(sum(t.direction = 'out' AND k.axis = 'with'), 0),
                   coalesce(sum(t.direction = 'out' AND k.axis = 'to'), 0),
                   coalesce(sum(t.direction = 'in'), 0),
                   count(DISTINCT t.person_id),
                   coalesce(sum(t.kind = 'introduced'), 0)
            FROM touchpoints t %1 WHERE t.at >= ? AND t.at < ?)")
                                    .arg(kAxisJoin),
                                {f, t});
        if (!rows)
            return rows.error();
        if (rows->next()) {
            c.touchpoints = int(rows->integer(0));
            c.doWith = int(rows->integer(1));
            c.doTo = int(rows->integer(2));
            c.inbound = int(rows->integer(3));
            c.peopleTouched = int(rows->integer(4));
            c.introductionsMade = int(rows->integer(5));
        }
    }
    auto newPeople = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM people WHERE is_self = 0 AND created_at >= ? AND created_at < ?"),
        {f, t});
    if (!newPeople)
        return newPeople.error();
    c.newPeople = newPeople->toInt();
    auto ties = sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM ties WHERE created_at >= ? AND created_at < ?"), {f, t});
    if (!ties)
        return ties.error();
    c.tiesFormed = ties->toInt();
    auto conv = sql::select(m_db, QStringLiteral(R"(
            SELECT count(*), coalesce(sum(status IN ('joined', 'hosting')), 0)
            FROM conversations WHERE last_activity_at >= ? AND last_activity_at < ?)"),
                            {f, t});
    if (!conv)
        return conv.error();
    if (conv->next()) {
        c.conversationsActive = int(conv->integer(0));
        c.conversationsJoined = int(conv->integer(1));
    }
    return c;
}

Result<QVector<WeeklyTouchpoints>> ReportRepository::weekly(const QDateTime& from,
                                                            const QDateTime& to) const {
    QVector<WeeklyTouchpoints> weeks;
    const qint64 span = from.secsTo(to);
    if (span <= 0)
        return weeks;
    const qint64 count = (span + kWeekSeconds - 1) / kWeekSeconds;
    for (qint64 i = 0; i < count; ++i)
        weeks.push_back({from.addSecs(i * kWeekSeconds).date(), 0, 0, 0});
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT (t.at - ?) / %2 AS week,
                   sum(t.direction = 'out' AND k.axis = 'with'),
                   sum(t.direction = 'out' AND k.axis = 'to'),
                   sum(t.direction = 'in')
            FROM touchpoints t %1 WHERE t.at >= ? AND t.at < ? GROUP BY week)")
                                .arg(kAxisJoin)
                                .arg(kWeekSeconds),
                            {sql::epoch(from), sql::epoch(from), sql::epoch(to)});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 week = rows->integer(0);
        if (week < 0 || week >= weeks.size())
            continue;
        weeks[week].doWith = int(rows->integer(1));
        weeks[week].doTo = int(rows->integer(2));
        weeks[week].inbound = int(rows->integer(3));
    }
    return weeks;
}

namespace {
// The weeks of [from, to) starting on from's weekday, empty ones included.
QVector<QDate> weekStarts(const QDateTime& from, const QDateTime& to) {
    QVector<QDate> weeks;
    const qint64 span = from.secsTo(to);
    for (qint64 i = 0; span > 0 && i < (span + kWeekSeconds - 1) / kWeekSeconds; ++i)
        weeks.push_back(from.addSecs(i * kWeekSeconds).date());
    return weeks;
}
} // namespace

Result<QVector<WeeklyTies>> ReportRepository::weeklyTies(const QDateTime& from, const QDateTime& to) const {
    QVector<WeeklyTies> weeks;
    for (const QDate& d : weekStarts(from, to))
        weeks.push_back({d, 0, 0});
    auto intros = sql::select(m_db,
                              QStringLiteral(R"(
            SELECT (at - ?) / %1 AS week, count(*) FROM touchpoints
            WHERE kind = 'introduced' AND at >= ? AND at < ? GROUP BY week)")
                                  .arg(kWeekSeconds),
                              {sql::epoch(from), sql::epoch(from), sql::epoch(to)});
    if (!intros)
        return intros.error();
    while (intros->next()) {
        const qint64 week = intros->integer(0);
        if (week >= 0 && week < weeks.size())
            weeks[week].introductions = int(intros->integer(1));
    }
    auto ties = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT (created_at - ?) / %1 AS week, count(*) FROM ties
            WHERE created_at >= ? AND created_at < ? GROUP BY week)")
                                .arg(kWeekSeconds),
                            {sql::epoch(from), sql::epoch(from), sql::epoch(to)});
    if (!ties)
        return ties.error();
    while (ties->next()) {
        const qint64 week = ties->integer(0);
        if (week >= 0 && week < weeks.size())
            weeks[week].tiesFormed = int(ties->integer(1));
    }
    return weeks;
}

Result<FollowUpKeeping> ReportRepository::followUps(const QDate& from, const QDate& to) const {
    // done_at is a UTC instant; kept on time means done before the end of the due day (UTC).
    auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT count(*),
                   coalesce(sum(done_at IS NOT NULL AND done_at < CAST(strftime('%s', due_on, '+1 day') AS INTEGER)), 0),
                   coalesce(sum(done_at IS NOT NULL AND done_at >= CAST(strftime('%s', due_on, '+1 day') AS INTEGER)), 0),
                   coalesce(sum(done_at IS NULL), 0)
            FROM follow_ups WHERE due_on >= ? AND due_on <= ?)"),
                            {sql::isoDate(from), sql::isoDate(to)});
    if (!rows)
        return rows.error();
    FollowUpKeeping k;
    if (rows->next()) {
        k.due = int(rows->integer(0));
        k.keptOnTime = int(rows->integer(1));
        k.doneLate = int(rows->integer(2));
        k.stillOpen = int(rows->integer(3));
    }
    return k;
}

Result<QVector<PersonActivity>> ReportRepository::mostTouched(const QDateTime& from, const QDateTime& to,
                                                              int limit) const {
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT p.id, p.name, p.organisation, p.stance, a.w, a.o, a.i FROM (
                SELECT t.person_id AS pid,
                       sum(t.direction = 'out' AND k.axis = 'with') AS w,
                       sum(t.direction = 'out' AND k.axis = 'to') AS o,
                       sum(t.direction = 'in') AS i,
                       count(*) AS n
                FROM touchpoints t %1 WHERE t.at >= ? AND t.at < ?
                GROUP BY t.person_id ORDER BY n DESC, t.person_id LIMIT ?) a
            JOIN people p ON p.id = a.pid ORDER BY a.n DESC, p.name COLLATE NOCASE)")
                                .arg(kAxisJoin),
                            {sql::epoch(from), sql::epoch(to), limit});
    if (!rows)
        return rows.error();
    QVector<PersonActivity> out;
    while (rows->next()) {
        PersonActivity a;
        a.personId = rows->integer(0);
        a.name = rows->text(1);
        a.organisation = rows->text(2);
        a.stance = stanceFromKey(rows->text(3)).value_or(Stance::Unknown);
        a.doWith = int(rows->integer(4));
        a.doTo = int(rows->integer(5));
        a.inbound = int(rows->integer(6));
        out.push_back(a);
    }
    return out;
}

Result<QVector<ConversationActivity>>
ReportRepository::topConversations(const QDateTime& from, const QDateTime& to, int limit) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT c.id, c.title, c.platform, c.url, c.status, c.last_activity_at,
                   (SELECT count(*) FROM participants p WHERE p.conversation_id = c.id) AS people,
                   (SELECT count(*) FROM touchpoints t WHERE t.conversation_id = c.id
                        AND t.at >= ? AND t.at < ?) AS mine
            FROM conversations c WHERE c.last_activity_at >= ? AND c.last_activity_at < ?
            ORDER BY mine DESC, people DESC, c.last_activity_at DESC, c.id LIMIT ?)"),
                            {sql::epoch(from), sql::epoch(to), sql::epoch(from), sql::epoch(to), limit});
    if (!rows)
        return rows.error();
    QVector<ConversationActivity> out;
    while (rows->next()) {
        ConversationActivity a;
        a.id = rows->integer(0);
        a.title = rows->text(1);
        a.platform = rows->text(2);
        a.url = QUrl(rows->text(3));
        a.status = conversationStatusFromKey(rows->text(4)).value_or(ConversationStatus::Seen);
        a.lastActivityAt = sql::fromEpoch(rows->value(5));
        a.participants = int(rows->integer(6));
        a.touchpoints = int(rows->integer(7));
        out.push_back(a);
    }
    return out;
}

Result<QVector<FormedTie>> ReportRepository::tiesFormed(const QDateTime& from, const QDateTime& to,
                                                        int limit) const {
    // Introductions first: they are the ties the user made.
    auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT t.person_a, a.name, t.person_b, b.name, t.origin, t.created_at
            FROM ties t JOIN people a ON a.id = t.person_a JOIN people b ON b.id = t.person_b
            WHERE t.created_at >= ? AND t.created_at < ?
            ORDER BY t.origin <> 'introduction', t.created_at, t.id LIMIT ?)"),
                            {sql::epoch(from), sql::epoch(to), limit});
    if (!rows)
        return rows.error();
    QVector<FormedTie> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1), rows->integer(2), rows->text(3), rows->text(4),
                       sql::fromEpoch(rows->value(5))});
    return out;
}

Result<QVector<TopicShare>> ReportRepository::joinedTopicShare(const QDateTime& from, const QDateTime& to,
                                                               int limit) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT tp.name, count(*) AS n FROM conversations c
            JOIN conversation_topics ct ON ct.conversation_id = c.id JOIN topics tp ON tp.id = ct.topic_id
            WHERE c.status IN ('joined', 'hosting') AND c.last_activity_at >= ? AND c.last_activity_at < ?
            GROUP BY tp.id ORDER BY n DESC, tp.name COLLATE NOCASE LIMIT ?)"),
                            {sql::epoch(from), sql::epoch(to), limit});
    if (!rows)
        return rows.error();
    QVector<TopicShare> out;
    while (rows->next())
        out.push_back({rows->text(0), int(rows->integer(1))});
    return out;
}

Result<QVector<StanceCount>> ReportRepository::stances() const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT stance, count(*) FROM people "
                                                 "WHERE archived = 0 AND is_self = 0 GROUP BY stance"));
    if (!rows)
        return rows.error();
    QVector<StanceCount> out;
    while (rows->next())
        out.push_back({stanceFromKey(rows->text(0)).value_or(Stance::Unknown), int(rows->integer(1))});
    std::sort(out.begin(), out.end(), [](const StanceCount& a, const StanceCount& b) {
        return stanceRank(a.stance) < stanceRank(b.stance);
    });
    return out;
}

Result<QVector<HealthChange>> ReportRepository::healthChanges(const QDateTime& from, const QDateTime& to,
                                                              const HealthParameters& parameters) const {
    const double halfLifeSeconds = std::max(parameters.halfLifeDays, 1.0) * 86400.0;
    const double scale = std::max(parameters.scale, 0.1);
    auto score = [scale](double raw) {
        return 100.0 * (1.0 - std::exp2(-raw / scale));
    };
    QVector<HealthChange> out;

    // Summed inside the engine (one row per person instead of one per touchpoint): each touchpoint adds
    // weight · 2^(−age/halfLife) at `to`, and at `from` when it came before. A full scan (+at) beats the time
    // index here, since nearly every touchpoint is older than `to`.
    QString weightCase = QStringLiteral("CASE kind");
    QVariantList params;
    for (const auto& info : touchpointKinds()) {
        weightCase += QStringLiteral(" WHEN ? THEN ?");
        params << info.key << parameters.weight(info.kind);
    }
    weightCase += QStringLiteral(" ELSE 0 END");
    const double rate = std::log(2.0) / halfLifeSeconds;
    QVariantList all = params;
    all << sql::epoch(to) << rate << sql::epoch(from);
    all += params;
    all << sql::epoch(from) << rate << sql::epoch(to);
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT person_id, sum(%1 * exp((at - ?) * ?)),
                   sum(CASE WHEN at < ? THEN %1 * exp((at - ?) * ?) ELSE 0 END)
            FROM touchpoints WHERE +at < ? GROUP BY person_id)")
                                .arg(weightCase),
                            all);
    if (rows) {
        while (rows->next())
            out.push_back({rows->integer(0), score(rows->real(2)), score(rows->real(1))});
        return out;
    }

    // An engine without exp(): the same sums, row by row.
    QHash<QString, double> weights;
    for (const auto& info : touchpointKinds())
        weights.insert(info.key, parameters.weight(info.kind));
    auto plain = sql::select(
        m_db, QStringLiteral("SELECT person_id, kind, at FROM touchpoints WHERE +at < ?"), {sql::epoch(to)});
    if (!plain)
        return plain.error();
    const qint64 fromSecs = from.toSecsSinceEpoch();
    const qint64 toSecs = to.toSecsSinceEpoch();
    QHash<Id, qsizetype> index;
    while (plain->next()) {
        const Id person = plain->integer(0);
        const double weight = weights.value(plain->text(1), 0.0);
        const qint64 at = plain->integer(2);
        auto it = index.find(person);
        if (it == index.end()) {
            it = index.insert(person, out.size());
            out.push_back({person, 0.0, 0.0});
        }
        HealthChange& h = out[*it];
        h.atEnd += weight * std::exp2(-double(toSecs - at) / halfLifeSeconds);
        if (at < fromSecs)
            h.atStart += weight * std::exp2(-double(fromSecs - at) / halfLifeSeconds);
    }
    for (HealthChange& h : out) {
        h.atStart = score(h.atStart);
        h.atEnd = score(h.atEnd);
    }
    return out;
}

} // namespace chorus
