#include "BenchOutput.h"

#include <QJsonObject>

namespace chorus::cli {
namespace {
QString number(double v) {
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}
} // namespace

QJsonArray figuresJson(const QVector<bench::Figure>& figures) {
    QJsonArray array;
    for (const bench::Figure& f : figures) {
        QJsonObject o{{QStringLiteral("key"), f.key},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("median"), f.median},
                      {QStringLiteral("p95"), f.p95},
                      {QStringLiteral("runs"), f.runs},
                      {QStringLiteral("peak_rss_kb"), double(f.peakRssKb)},
                      {QStringLiteral("meets_target"), f.meetsTarget()}};
        o.insert(QStringLiteral("target"), f.target ? QJsonValue(*f.target) : QJsonValue());
        array.append(o);
    }
    return array;
}

QList<QStringList> figuresTable(const QVector<bench::Figure>& figures) {
    QList<QStringList> table{{QStringLiteral("figure"), QStringLiteral("median"), QStringLiteral("p95"),
                              QStringLiteral("target"), QStringLiteral("runs"), QStringLiteral("peak RSS")}};
    for (const bench::Figure& f : figures) {
        table << QStringList{f.label,
                             number(f.median) + QLatin1Char(' ') + f.unit,
                             number(f.p95) + QLatin1Char(' ') + f.unit,
                             f.target
                                 ? QStringLiteral("< %1 %2 %3")
                                       .arg(number(*f.target), f.unit,
                                            f.meetsTarget() ? QStringLiteral("ok") : QStringLiteral("MISSED"))
                                 : QStringLiteral("-"),
                             QString::number(f.runs),
                             QStringLiteral("%1 MB").arg(f.peakRssKb / 1024)};
    }
    return table;
}

} // namespace chorus::cli
