#include "ImportBenchmarks.h"

#include "io/CsvImport.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "sample/Rng.h"
#include "sample/SampleData.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

namespace chorus::bench {
namespace {

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace

QByteArray linkedInCsv(int people, quint64 seed) {
    auto data = SampleData::load();
    Rng rng(seed);
    QString out = QStringLiteral("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    out.reserve(people * 120);
    static const QStringList positions{QStringLiteral("Developer Advocate"), QStringLiteral("Staff Engineer"),
                                       QStringLiteral("Head of Community, EMEA"),
                                       QStringLiteral("Maintainer \"core\" team"), QStringLiteral("CTO")};
    for (int i = 0; i < people; ++i) {
        QString first = QStringLiteral("Person");
        QString last = QString::number(i);
        QString company = QStringLiteral("Acme");
        if (data && !data->cultures.empty()) {
            const NameCulture& c = data->cultures[size_t(rng.below(int(data->cultures.size())))];
            first = c.firstNames[size_t(rng.below(int(c.firstNames.size())))];
            last = c.familyNames[size_t(rng.below(int(c.familyNames.size())))];
            company = data->organisations[size_t(rng.below(int(data->organisations.size())))];
        }
        const QString slug = QStringLiteral("member-%1").arg(i);
        out += csvField(first) + QLatin1Char(',') + csvField(last) +
               QStringLiteral(",https://www.linkedin.com/in/") + slug + QLatin1Char(',') + slug +
               QStringLiteral("@example.org,") + csvField(company) + QLatin1Char(',') +
               csvField(positions[rng.below(int(positions.size()))]) + QStringLiteral(",12 Mar 2024\r\n");
    }
    return out.toUtf8();
}

Result<QVector<Figure>> measureCsvImport(const QString& dir, int people, quint64 seed, int runs) {
    const QString csvPath = QStringLiteral("%1/linkedin-%2-%3.csv").arg(dir).arg(people).arg(seed);
    if (!QFile::exists(csvPath)) {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(linkedInCsv(people, seed)) < 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(csvPath));
    }
    QVector<double> total, parse, plan, commit;
    for (int run = 0; run < runs; ++run) {
        const QString wsPath = QStringLiteral("%1/import-%2.chorus").arg(dir).arg(people);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(wsPath + suffix);
        Workspace::Options options;
        options.create = true;
        auto ws = Workspace::open(wsPath, options);
        if (!ws)
            return ws.error();
        QElapsedTimer t;
        t.start();
        QFile f(csvPath);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(csvPath));
        auto source = io::CsvImport::read(f.readAll(), QStringLiteral("linkedin.csv"), {});
        if (!source)
            return source.error();
        const double parsed = double(t.nsecsElapsed()) / 1.0e9;
        auto planned = io::ImportPlanner::plan(**ws, source->fileName, source->records);
        if (!planned)
            return planned.error();
        const double afterPlan = double(t.nsecsElapsed()) / 1.0e9;
        auto outcome = io::ImportCommitter::commit(**ws, *planned);
        if (!outcome)
            return outcome.error();
        if (outcome->created != people)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("imported %1 of %2 people").arg(outcome->created).arg(people));
        const double done = double(t.nsecsElapsed()) / 1.0e9;
        total << done;
        parse << parsed;
        plan << afterPlan - parsed;
        commit << done - afterPlan;
    }
    const QString n = QLocale::c().toString(people);
    return QVector<Figure>{
        summarise(QStringLiteral("csv_import"),
                  QStringLiteral("CSV import, %1 people, into an empty workspace").arg(n),
                  QStringLiteral("s"), total, 5.0),
        summarise(QStringLiteral("csv_import_read"), QStringLiteral("  read, decode, parse, map"),
                  QStringLiteral("s"), parse),
        summarise(QStringLiteral("csv_import_plan"), QStringLiteral("  plan (new / matched / skipped)"),
                  QStringLiteral("s"), plan),
        summarise(QStringLiteral("csv_import_commit"), QStringLiteral("  commit (one transaction)"),
                  QStringLiteral("s"), commit),
    };
}

} // namespace chorus::bench
