#pragma once

#include "CliContext.h"
#include "graph/GraphOptions.h"

namespace chorus::cli {

/// The options every `map` subcommand shares: which sources count and which part of the workspace.
void addGraphOptions(QCommandLineParser& parser);
/// Reads them; on bad usage prints the error and returns the exit code.
std::optional<int> readGraphOptions(CliContext& ctx, const QCommandLineParser& parser, Workspace& ws,
                                    GraphOptions& options);

} // namespace chorus::cli
