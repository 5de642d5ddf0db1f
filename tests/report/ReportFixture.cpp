#include "ReportFixture.h"

#include <QTest>

namespace chorus::test {
namespace {
QDateTime at(int month, int day) {
    return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC);
}

void touch(TempWorkspace& tw, Id person, TouchpointKind kind, const QDateTime& when,
           Direction direction = Direction::Outbound, const QString& note = {}) {
    Touchpoint t;
    t.personId = person;
    t.kind = kind;
    t.at = when;
    t.direction = direction;
    t.note = note;
    auto id = tw->touchpoints().add(t);
    if (!id)
        qFatal("touchpoint: %s", qPrintable(id.error().message));
}
} // namespace

void ReportFixture::fill(TempWorkspace& tw) {
    tw.clock().set(at(8, 1));
    ada =
        tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Advocate, QStringLiteral("Analytical Engines"));
    grace = tw.addPerson(QStringLiteral("Grace Hopper"), Stance::Supporter, QStringLiteral("Navy"));
    tw.clock().set(at(11, 2));
    eve = tw.addPerson(hostileName(), Stance::Sceptic, QStringLiteral("<b>Evil</b> Corp"));
    tricky = tw.addPerson(trickyName(), Stance::Neutral, trickyOrganisation());
    formula = tw.addPerson(formulaName(), Stance::Unknown, QStringLiteral("+44 20 7946 0000"));

    // Before the period: Grace was close, Ada known.
    for (int d : {1, 5, 10, 15, 20, 25})
        touch(tw, grace, TouchpointKind::Met, at(9, d));
    touch(tw, ada, TouchpointKind::Replied, at(9, 20));
    // In the period 2026-11-01 – 2026-11-19: 3 do-with, 1 do-to (outbound), 1 inbound, 1 with Eve (do-with).
    touch(tw, ada, TouchpointKind::Replied, at(11, 3));
    touch(tw, ada, TouchpointKind::Replied, at(11, 5), Direction::Inbound);
    touch(tw, ada, TouchpointKind::Helped, at(11, 10), Direction::Outbound,
          QStringLiteral("@SUM(A1:A9) review"));
    touch(tw, ada, TouchpointKind::Pitched, at(11, 12));
    touch(tw, eve, TouchpointKind::Amplified, at(11, 14), Direction::Outbound, hostileNote());

    auto rust = tw->topics().ensure(QStringLiteral("Rust on Windows"));
    QVERIFY(rust.ok());
    rustTopic = *rust;
    Person p = *tw->people().get(ada);
    p.topics = {{rustTopic, QStringLiteral("Rust on Windows"), 1.0}};
    QVERIFY(tw->people().update(p).ok());
    Person e = *tw->people().get(eve);
    e.topics = {{rustTopic, QStringLiteral("Rust on Windows"), 0.5}};
    QVERIFY(tw->people().update(e).ok());

    Conversation c;
    c.title = QStringLiteral("Rust on Windows <b>toolchains</b>");
    c.platform = QStringLiteral("mastodon");
    c.status = ConversationStatus::Joined;
    c.startedAt = at(11, 4);
    c.lastActivityAt = at(11, 8);
    c.participants = {{ada, {}, ParticipantRole::Started, 3}};
    c.topics = {QStringLiteral("Rust on Windows")};
    QVERIFY(tw->conversations().add(c).ok());

    Tie tie;
    tie.personA = std::min(ada, grace);
    tie.personB = std::max(ada, grace);
    tie.kind = TieKind::IntroducedByMe;
    tie.origin = TieOrigin::Introduction;
    tie.createdAt = at(11, 11);
    QVERIFY(tw->ties().add(tie).ok());

    Note n;
    n.subject = NoteSubject::Person;
    n.subjectId = eve;
    n.body = hostileNote();
    QVERIFY(tw->notes().add(n).ok());

    FollowUp kept;
    kept.personId = ada;
    kept.title = QStringLiteral("Send the slides");
    kept.dueOn = QDate(2026, 11, 10);
    kept.doneAt = at(11, 9);
    QVERIFY(tw->followUps().add(kept).ok());
    FollowUp open;
    open.personId = grace;
    open.title = QStringLiteral("Coffee");
    open.dueOn = QDate(2026, 11, 12);
    QVERIFY(tw->followUps().add(open).ok());
    tw.clock().set(TempWorkspace::defaultNow());
}

QVector<QStringList> parseCsv(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << cell;
            rows.push_back(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += ch;
            any = true;
        }
    }
    if (any && (!cell.isEmpty() || !row.isEmpty())) {
        row << cell;
        rows.push_back(row);
    }
    return rows;
}

} // namespace chorus::test
