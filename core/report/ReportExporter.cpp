#include "ReportExporter.h"

#include "CommunityReportBuilder.h"
#include "CsvReport.h"
#include "GraphCommunities.h"
#include "HtmlRenderer.h"
#include "MarkdownRenderer.h"
#include "PdfRenderer.h"
#include "PeriodReportBuilder.h"
#include "PersonDossierBuilder.h"
#include "util/PrivateFiles.h"

namespace chorus::report {

ReportExporter::ReportExporter(Workspace& ws, CommunitySource* communities)
    : m_ws(ws)
    , m_ownCommunities(communities ? nullptr : std::make_unique<GraphCommunities>(ws))
    , m_communities(communities ? communities : m_ownCommunities.get()) {}

ReportExporter::~ReportExporter() = default;

Result<ReportDocument> ReportExporter::document(const ReportRequest& request, const Progress& progress) {
    switch (request.kind) {
    case ReportKind::Period:
        return PeriodReportBuilder::build(m_ws, request, progress);
    case ReportKind::Person:
        return PersonDossierBuilder::build(m_ws, request, progress);
    case ReportKind::Community:
        return CommunityReportBuilder::build(m_ws, request, progress, m_communities);
    }
    return makeError(ErrorCode::Invalid, ReportTr::tr("Unknown kind of report."));
}

Result<QByteArray> ReportExporter::render(const ReportRequest& request, const Progress& progress) {
    if (request.format == ReportFormat::Csv)
        return CsvReport::build(m_ws, request, progress, m_communities);
    auto doc = document(request, progress);
    if (!doc)
        return doc.error();
    switch (request.format) {
    case ReportFormat::Html:
        return HtmlRenderer::render(*doc);
    case ReportFormat::Markdown:
        return MarkdownRenderer::render(*doc);
    case ReportFormat::Pdf:
        return PdfRenderer::render(*doc, request.pageSize, progress);
    case ReportFormat::Csv:
        break;
    }
    return makeError(ErrorCode::Invalid, ReportTr::tr("Unknown report format."));
}

Status ReportExporter::exportTo(const ReportRequest& request, const QString& path, const Progress& progress) {
    auto bytes = render(request, progress);
    if (!bytes)
        return bytes.error();
    if (!advance(progress, 95))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
    if (auto st = privatefiles::writeAtomically(path, *bytes); !st)
        return st;
    advance(progress, 100);
    return {};
}

} // namespace chorus::report
