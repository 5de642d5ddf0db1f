#include "CliContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {

CliContext::CliContext(QStringList commandWords, QStringList arguments, QTextStream& out, QTextStream& err)
    : m_commandWords(std::move(commandWords))
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err) {}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& synopsis,
                                     const QString& description, bool acceptsJson) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The workspace file (default: %1).").arg(Workspace::defaultPath()),
                      QStringLiteral("FILE")});
    if (acceptsJson)
        parser.addOption(
            {QStringLiteral("json"), QStringLiteral("Print one JSON document on standard output.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    QStringList argv{QStringLiteral("chorus-cli")};
    argv << m_arguments;
    if (!parser.parse(argv)) {
        m_err << "chorus-cli " << commandName() << ": " << parser.errorText() << "\n"
              << "Usage: chorus-cli " << synopsis << "\n";
        m_err.flush();
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << "Usage: chorus-cli " << synopsis << "\n\n" << description << "\n\n";
        QString help = parser.helpText();
        // helpText() starts with its own usage line and description; keep only the options.
        const int optionsAt = help.indexOf(QStringLiteral("Options:"));
        m_out << (optionsAt >= 0 ? help.mid(optionsAt) : help);
        m_out.flush();
        return Ok;
    }
    m_db = parser.value(QStringLiteral("db"));
    m_json = acceptsJson && parser.isSet(QStringLiteral("json"));
    return std::nullopt;
}

QString CliContext::databasePath() const {
    return m_db.isEmpty() ? Workspace::defaultPath() : m_db;
}

std::unique_ptr<Workspace> CliContext::openWorkspace(bool create, int* exitCode, const Clock* clock) {
    const QString path = databasePath();
    if (!create && !QFileInfo::exists(path)) {
        *exitCode =
            fail(BadInput, QStringLiteral("%1: no such workspace (create one with generate, import or "
                                          "person add)")
                               .arg(path));
        return nullptr;
    }
    Workspace::Options options;
    options.create = create;
    auto ws = Workspace::open(path, options, clock);
    if (!ws) {
        *exitCode = fail(ws.error());
        return nullptr;
    }
    return std::move(*ws);
}

int CliContext::fail(int code, const QString& message) {
    m_err << "chorus-cli " << commandName() << ": " << message << "\n";
    m_err.flush();
    return code;
}

int CliContext::fail(const Error& error) {
    return fail(BadInput, error.message);
}

void CliContext::printJson(const QJsonValue& value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printTable(const QList<QStringList>& rows) {
    if (rows.isEmpty())
        return;
    QVector<int> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max<int>(widths[c], std::min<int>(int(row[c].size()), 48));
    }
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            QString cell = row[c];
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (cell.size() > 48)
                cell = cell.left(47) + QChar(0x2026);
            line += c + 1 < row.size() ? cell.leftJustified(widths[c] + 2) : cell;
        }
        m_out << line.trimmed() << "\n";
    }
    m_out.flush();
}

} // namespace chorus::cli
