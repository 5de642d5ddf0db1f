#pragma once

#include "CliContext.h"

// One function per subcommand; each lives in its own file under commands/.
namespace chorus::cli {

int runGenerate(CliContext& ctx);
int runInfo(CliContext& ctx);
int runSearch(CliContext& ctx);
int runPersonAdd(CliContext& ctx);
int runPersonShow(CliContext& ctx);
int runPersonList(CliContext& ctx);
int runNoteAdd(CliContext& ctx);
int runTouchpointAdd(CliContext& ctx);
int runBench(CliContext& ctx);
int runBackup(CliContext& ctx);
int runRestore(CliContext& ctx);
int runPersonErase(CliContext& ctx);
int runPersonExport(CliContext& ctx);
int runCapture(CliContext& ctx);
int runDuplicates(CliContext& ctx);
int runMerge(CliContext& ctx);
int runReport(CliContext& ctx);
int runSuggest(CliContext& ctx);
int runMapMetrics(CliContext& ctx);
int runMapExport(CliContext& ctx);
int runMapRender(CliContext& ctx);
int runBenchMap(CliContext& ctx);

} // namespace chorus::cli
