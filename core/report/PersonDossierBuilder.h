#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "util/Result.h"

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// One person's whole relationship history: profile, health, touchpoints, conversations, ties, events,
/// follow-ups and notes.
class PersonDossierBuilder final {
public:
    static Result<ReportDocument> build(Workspace& ws, const ReportRequest& request,
                                        const Progress& progress);
};

} // namespace chorus::report
