#include "Commands.h"

#include "dedupe/PersonMatcher.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {
namespace {
QJsonObject memberJson(const DuplicateMember& m) {
    return {
        {QStringLiteral("id"), double(m.personId)},       {QStringLiteral("name"), m.name},
        {QStringLiteral("organisation"), m.organisation}, {QStringLiteral("stance"), stanceKey(m.stance)},
        {QStringLiteral("archived"), m.archived},         {QStringLiteral("touchpoints"), m.touchpointCount}};
}

double rounded(double score) {
    return std::round(score * 1000.0) / 1000.0;
}
} // namespace

int runDuplicates(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("Propose pairs scoring at least this (0..1, default 0.75)."),
                      QStringLiteral("X")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N groups (default all)."), QStringLiteral("N")});
    if (auto code =
            ctx.parse(parser, QStringLiteral("duplicates [--threshold X] [--limit N] [--json] [--db FILE]"),
                      QStringLiteral("Groups of likely duplicate people: a shared email, handle or phone "
                                     "number, or similar names (most alike at the same organisation).")))
        return *code;
    MatchSettings settings;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        settings.duplicateThreshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || settings.duplicateThreshold <= 0.0 || settings.duplicateThreshold > 1.0)
            return ctx.fail(BadUsage, QStringLiteral("--threshold: give a number above 0 and at most 1"));
    }
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(BadUsage, QStringLiteral("--limit: give a positive number"));
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    DuplicateScanStats stats;
    auto groups = PersonMatcher(*ws, settings).findDuplicates({}, &stats);
    if (!groups)
        return ctx.fail(groups.error());
    const qsizetype total = groups->size();
    if (limit > 0 && groups->size() > limit)
        groups->resize(limit);
    if (ctx.json()) {
        QJsonArray array;
        for (const DuplicateGroup& g : *groups) {
            QJsonArray people;
            for (const DuplicateMember& m : g.members)
                people.append(memberJson(m));
            QJsonArray pairs;
            for (const DuplicatePair& p : g.pairs)
                pairs.append(QJsonObject{
                    {QStringLiteral("a"), double(p.a)},
                    {QStringLiteral("b"), double(p.b)},
                    {QStringLiteral("score"), rounded(p.score)},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(matchReasonKeys(p.evidence))},
                    {QStringLiteral("explanation"), describeEvidence(p.evidence)}});
            array.append(QJsonObject{{QStringLiteral("score"), rounded(g.score)},
                                     {QStringLiteral("suggested_survivor"), double(g.suggestedSurvivor())},
                                     {QStringLiteral("people"), people},
                                     {QStringLiteral("pairs"), pairs}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("groups"), array},
                                  {QStringLiteral("total_groups"), double(total)},
                                  {QStringLiteral("people_scanned"), double(stats.people)},
                                  {QStringLiteral("pairs_compared"), double(stats.pairsCompared)}});
        return Ok;
    }
    QTextStream& out = ctx.out();
    if (groups->isEmpty()) {
        out << "No likely duplicates among " << stats.people << " people.\n";
        out.flush();
        return Ok;
    }
    int n = 0;
    for (const DuplicateGroup& g : *groups) {
        out << "Group " << ++n << " (score " << QString::number(g.score, 'f', 2) << ")\n";
        for (const DuplicateMember& m : g.members) {
            out << "  " << QString::number(m.personId).rightJustified(6) << "  " << m.name;
            if (!m.organisation.isEmpty())
                out << " (" << m.organisation << ")";
            if (m.personId == g.suggestedSurvivor())
                out << "  <- keep";
            out << "\n";
        }
        for (const DuplicatePair& p : g.pairs)
            out << "    " << p.a << " ~ " << p.b << ": " << describeEvidence(p.evidence) << "\n";
    }
    out << total << " group" << (total == 1 ? "" : "s") << " among " << stats.people << " people";
    if (total > groups->size())
        out << " (showing " << groups->size() << ")";
    out << ". Merge with: chorus-cli merge KEEP OTHER --yes\n";
    out.flush();
    return Ok;
}

} // namespace chorus::cli
