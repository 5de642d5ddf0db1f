#include "ReportBenchmarks.h"

#include "report/ReportExporter.h"
#include "sample/SampleGenerator.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace chorus::bench {

Result<Figure> measurePeriodReportPdf(const QString& path, int runs) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    QTemporaryDir dir;
    report::ReportRequest request;
    request.kind = report::ReportKind::Period;
    request.format = report::ReportFormat::Pdf;
    request.to = SampleOptions::defaultAnchor().date();
    request.from = request.to.addDays(-29);
    report::ReportExporter exporter(**ws);
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (auto st = exporter.exportTo(request, dir.filePath(QStringLiteral("period.pdf"))); !st)
            return st.error();
        samples << double(t.nsecsElapsed()) / 1.0e9;
    }
    return summarise(QStringLiteral("report_period_pdf"), QStringLiteral("Period report (30 days) as PDF"),
                     QStringLiteral("s"), samples, 10.0);
}

} // namespace chorus::bench
