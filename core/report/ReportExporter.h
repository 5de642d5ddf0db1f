#pragma once

#include "CommunitySource.h"
#include "ReportDocument.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// The one entry point of reports: build the document for a request and render it in the requested format.
/// Runs in any thread on that thread's own Workspace; `progress` may cancel.
class ReportExporter final {
public:
    /// Without a CommunitySource, detected communities come from the relationship map (GraphCommunities).
    explicit ReportExporter(Workspace& ws, CommunitySource* communities = nullptr);
    ~ReportExporter();

    /// The format-neutral document (for previews and the PDF/HTML/Markdown writers).
    Result<ReportDocument> document(const ReportRequest& request, const Progress& progress = {});
    /// The file's bytes in request.format.
    Result<QByteArray> render(const ReportRequest& request, const Progress& progress = {});
    /// Render and write atomically to a file private to the user (0600). A failure leaves no file, and an
    /// existing file untouched.
    Status exportTo(const ReportRequest& request, const QString& path, const Progress& progress = {});

private:
    Workspace& m_ws;
    std::unique_ptr<CommunitySource> m_ownCommunities;
    CommunitySource* m_communities;
};

} // namespace chorus::report
