#include "JsonWorkspace.h"

#include "SourceLocation.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chorus::io {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QJsonValue toJson(const QVariant& value, DumpColumnKind kind) {
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case DumpColumnKind::Integer:
        return double(value.toLongLong());
    case DumpColumnKind::Real:
        return value.toDouble();
    case DumpColumnKind::Boolean:
        return value.toLongLong() != 0;
    case DumpColumnKind::Timestamp:
        return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    case DumpColumnKind::Text:
    case DumpColumnKind::Date:
        return value.toString();
    }
    return QJsonValue::Null;
}

// The stored value, or an empty optional with `problem` set.
std::optional<QVariant> fromJson(const QJsonValue& v, const DumpColumn& column, QString* problem) {
    if (v.isNull() || v.isUndefined()) {
        if (column.nullable)
            return QVariant();
        *problem = v.isUndefined() ? Tr::tr("missing") : Tr::tr("must not be null");
        return std::nullopt;
    }
    switch (column.kind) {
    case DumpColumnKind::Integer: {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9007199254740992.0) {
            *problem = Tr::tr("expected a whole number");
            return std::nullopt;
        }
        return QVariant(qlonglong(d));
    }
    case DumpColumnKind::Real:
        if (!v.isDouble()) {
            *problem = Tr::tr("expected a number");
            return std::nullopt;
        }
        return QVariant(v.toDouble());
    case DumpColumnKind::Boolean:
        if (!v.isBool()) {
            *problem = Tr::tr("expected true or false");
            return std::nullopt;
        }
        return QVariant(v.toBool() ? 1 : 0);
    case DumpColumnKind::Text:
        if (!v.isString()) {
            *problem = Tr::tr("expected text");
            return std::nullopt;
        }
        return QVariant(v.toString());
    case DumpColumnKind::Timestamp: {
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !at.isValid()) {
            *problem = Tr::tr("expected a date and time like 2026-11-20T09:14:00Z");
            return std::nullopt;
        }
        return QVariant(at.toSecsSinceEpoch());
    }
    case DumpColumnKind::Date: {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !date.isValid()) {
            *problem = Tr::tr("expected a date like 2026-11-20");
            return std::nullopt;
        }
        return QVariant(date.toString(Qt::ISODate));
    }
    }
    return std::nullopt;
}

Error pathError(const QString& file, const QString& path, const QString& problem) {
    return makeError(ErrorCode::Invalid, QStringLiteral("%1, %2: %3").arg(file, path, problem));
}

} // namespace

qsizetype JsonDump::rows(const QString& table) const {
    for (const auto& t : tables) {
        if (t.first->name == table)
            return t.second.size();
    }
    return 0;
}

qsizetype JsonDump::people() const {
    for (const auto& [table, rows] : tables) {
        if (table->name != QLatin1String("people"))
            continue;
        qsizetype selfColumn = -1;
        for (qsizetype c = 0; c < table->columns.size(); ++c) {
            if (table->columns[c].name == QLatin1String("is_self"))
                selfColumn = c;
        }
        return std::count_if(rows.begin(), rows.end(),
                             [&](const QVariantList& row) { return row.value(selfColumn).toInt() == 0; });
    }
    return 0;
}

Result<QByteArray> JsonWorkspace::exportJson(Workspace& workspace) {
    QJsonObject tables;
    for (const DumpTable& table : dumpTables()) {
        auto rows = workspace.dumps().rows(table);
        if (!rows)
            return rows.error();
        QJsonArray array;
        for (const QVariantList& row : *rows) {
            QJsonObject object;
            for (int i = 0; i < table.columns.size(); ++i)
                object.insert(table.columns[i].name, toJson(row.value(i), table.columns[i].kind));
            array.append(object);
        }
        tables.insert(table.name, array);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("chorus-workspace")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("tables"), tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<JsonDump> JsonWorkspace::parse(const QByteArray& bytes, const QString& fileName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(QByteArrayView(bytes)
                                 .first(std::min<qsizetype>(parseError.offset, bytes.size()))
                                 .count('\n')) +
                         1;
        return inputError({fileName, line, 0, {}},
                          Tr::tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("chorus-workspace"))
        return pathError(fileName, QStringLiteral("format"),
                         Tr::tr("not a Chorus workspace export (expected \"format\": "
                                "\"chorus-workspace\")"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return pathError(fileName, QStringLiteral("version"), Tr::tr("missing or not a number"));
    if (version > kVersion)
        return makeError(ErrorCode::NewerSchema,
                         Tr::tr("%1: written by a newer Chorus (format version %2; this one reads up to %3)")
                             .arg(fileName)
                             .arg(version)
                             .arg(kVersion));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const bool known = std::any_of(dumpTables().begin(), dumpTables().end(),
                                       [&](const DumpTable& t) { return t.name == it.key(); });
        if (!known)
            return pathError(fileName, QStringLiteral("tables.") + it.key(), Tr::tr("unknown table"));
    }
    JsonDump dump;
    dump.fileName = fileName;
    for (const DumpTable& table : dumpTables()) {
        const QJsonValue value = tables.value(table.name);
        if (value.isUndefined())
            continue;
        const QString tablePath = QStringLiteral("tables.") + table.name;
        if (!value.isArray())
            return pathError(fileName, tablePath, Tr::tr("expected a list of rows"));
        const QJsonArray array = value.toArray();
        QVector<QVariantList> rows;
        rows.reserve(array.size());
        for (qsizetype r = 0; r < array.size(); ++r) {
            const QString rowPath = QStringLiteral("%1[%2]").arg(tablePath).arg(r);
            if (!array[r].isObject())
                return pathError(fileName, rowPath, Tr::tr("expected an object"));
            const QJsonObject object = array[r].toObject();
            for (auto k = object.begin(); k != object.end(); ++k) {
                const bool knownColumn = std::any_of(table.columns.begin(), table.columns.end(),
                                                     [&](const DumpColumn& c) { return c.name == k.key(); });
                if (!knownColumn)
                    return pathError(fileName, rowPath + QLatin1Char('.') + k.key(), Tr::tr("unknown field"));
            }
            QVariantList row;
            row.reserve(table.columns.size());
            for (const DumpColumn& column : table.columns) {
                QString problem;
                auto v = fromJson(object.value(column.name), column, &problem);
                if (!v)
                    return pathError(fileName, rowPath + QLatin1Char('.') + column.name, problem);
                row << *v;
            }
            rows << std::move(row);
        }
        dump.tables.append({&table, std::move(rows)});
    }
    return dump;
}

Status JsonWorkspace::importInto(Workspace& workspace, const JsonDump& dump,
                                 const std::function<bool(int)>& progress) {
    auto existing = workspace.dumps().userRows();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("%1: a JSON export restores a whole workspace and needs an empty one; this workspace "
                   "already holds data (%2 rows). Import into a new workspace (--db NEW.chorus).")
                .arg(dump.fileName)
                .arg(*existing));
    if (auto st = workspace.dumps().load(dump.tables, progress); !st)
        return makeError(st.error().code, QStringLiteral("%1: %2").arg(dump.fileName, st.error().message));
    return {};
}

} // namespace chorus::io
