#include "ReportRequest.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chorus::report {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QString reportKindKey(ReportKind kind) {
    switch (kind) {
    case ReportKind::Period:
        return QStringLiteral("period");
    case ReportKind::Person:
        return QStringLiteral("person");
    case ReportKind::Community:
        return QStringLiteral("community");
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString& key) {
    for (ReportKind k : {ReportKind::Period, ReportKind::Person, ReportKind::Community}) {
        if (reportKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString reportFormatKey(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromKey(const QString& key) {
    const QString k = key.toLower();
    if (k == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    for (ReportFormat f :
         {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv, ReportFormat::Markdown}) {
        if (reportFormatKey(f) == k)
            return f;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromFileName(const QString& fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return reportFormatFromKey(suffix);
}

QString reportFormatSuffix(ReportFormat format) {
    return reportFormatKey(format);
}

QStringList optionalSections() {
    return {QStringLiteral("map")};
}

QVector<std::pair<QString, QString>> availableSections(ReportKind kind) {
    switch (kind) {
    case ReportKind::Period:
        return {{QStringLiteral("summary"), Tr::tr("Summary")},
                {QStringLiteral("balance"), Tr::tr("Do with, not to")},
                {QStringLiteral("activity"), Tr::tr("Touchpoints per week")},
                {QStringLiteral("health"), Tr::tr("Relationships grown and gone cold")},
                {QStringLiteral("people"), Tr::tr("People you spent time with")},
                {QStringLiteral("conversations"), Tr::tr("Top conversations")},
                {QStringLiteral("introductions"), Tr::tr("Introductions and ties formed")},
                {QStringLiteral("topics"), Tr::tr("Topics of the conversations you joined")},
                {QStringLiteral("stances"), Tr::tr("Advocates by stance")},
                {QStringLiteral("movement"), Tr::tr("Stance movement")},
                {QStringLiteral("followups"), Tr::tr("Follow-ups kept")},
                {QStringLiteral("map"), Tr::tr("Communities and the relationship map")}};
    case ReportKind::Person:
        return {{QStringLiteral("profile"), Tr::tr("Profile")},
                {QStringLiteral("health"), Tr::tr("Relationship")},
                {QStringLiteral("touchpoints"), Tr::tr("Touchpoints")},
                {QStringLiteral("conversations"), Tr::tr("Conversations")},
                {QStringLiteral("ties"), Tr::tr("Ties")},
                {QStringLiteral("events"), Tr::tr("Events")},
                {QStringLiteral("followups"), Tr::tr("Follow-ups")},
                {QStringLiteral("notes"), Tr::tr("Notes")}};
    case ReportKind::Community:
        return {{QStringLiteral("summary"), Tr::tr("Summary")},
                {QStringLiteral("balance"), Tr::tr("Do with, not to")},
                {QStringLiteral("members"), Tr::tr("Members")},
                {QStringLiteral("conversations"), Tr::tr("Conversations")}};
    }
    return {};
}

} // namespace chorus::report
