#pragma once

#include "CliContext.h"

#include <QString>
#include <QVector>

#include <functional>

namespace chorus::cli {

/// One subcommand: its words ("person add"), a one-line summary for the top-level help, and its body.
struct Command {
    QString words;
    QString summary;
    std::function<int(CliContext&)> run;
};

/// Every subcommand, in the order the top-level help lists them.
const QVector<Command>& commands();

/// Finds the subcommand named by the leading arguments and runs it.
int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace chorus::cli
