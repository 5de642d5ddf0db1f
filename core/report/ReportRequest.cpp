#include "ReportRequest.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chorus::report {
namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Report", text);
}
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
        return {{QStringLiteral("summary"), tr("Summary")},
                {QStringLiteral("balance"), tr("Do with, not to")},
                {QStringLiteral("activity"), tr("Touchpoints per week")},
                {QStringLiteral("health"), tr("Relationships grown and gone cold")},
                {QStringLiteral("people"), tr("People you spent time with")},
                {QStringLiteral("conversations"), tr("Top conversations")},
                {QStringLiteral("introductions"), tr("Introductions and ties formed")},
                {QStringLiteral("topics"), tr("Topics of the conversations you joined")},
                {QStringLiteral("stances"), tr("Advocates by stance")},
                {QStringLiteral("movement"), tr("Stance movement")},
                {QStringLiteral("followups"), tr("Follow-ups kept")},
                {QStringLiteral("map"), tr("Communities and the relationship map")}};
    case ReportKind::Person:
        return {{QStringLiteral("profile"), tr("Profile")},
                {QStringLiteral("health"), tr("Relationship")},
                {QStringLiteral("touchpoints"), tr("Touchpoints")},
                {QStringLiteral("conversations"), tr("Conversations")},
                {QStringLiteral("ties"), tr("Ties")},
                {QStringLiteral("events"), tr("Events")},
                {QStringLiteral("followups"), tr("Follow-ups")},
                {QStringLiteral("notes"), tr("Notes")}};
    case ReportKind::Community:
        return {{QStringLiteral("summary"), tr("Summary")},
                {QStringLiteral("balance"), tr("Do with, not to")},
                {QStringLiteral("members"), tr("Members")},
                {QStringLiteral("conversations"), tr("Conversations")}};
    }
    return {};
}

} // namespace chorus::report
