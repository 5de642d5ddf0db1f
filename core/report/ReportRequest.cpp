#include "ReportRequest.h"

#include "ReportText.h"

#include <QFileInfo>

namespace chorus::report {

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
        return {{QStringLiteral("summary"), ReportTr::tr("Summary")},
                {QStringLiteral("balance"), ReportTr::tr("Do with, not to")},
                {QStringLiteral("activity"), ReportTr::tr("Touchpoints per week")},
                {QStringLiteral("health"), ReportTr::tr("Relationships grown and gone cold")},
                {QStringLiteral("people"), ReportTr::tr("People you spent time with")},
                {QStringLiteral("conversations"), ReportTr::tr("Top conversations")},
                {QStringLiteral("introductions"), ReportTr::tr("Introductions and ties formed")},
                {QStringLiteral("topics"), ReportTr::tr("Topics of the conversations you joined")},
                {QStringLiteral("stances"), ReportTr::tr("Advocates by stance")},
                {QStringLiteral("movement"), ReportTr::tr("Stance movement")},
                {QStringLiteral("followups"), ReportTr::tr("Follow-ups kept")},
                {QStringLiteral("map"), ReportTr::tr("Communities and the relationship map")}};
    case ReportKind::Person:
        return {{QStringLiteral("profile"), ReportTr::tr("Profile")},
                {QStringLiteral("health"), ReportTr::tr("Relationship")},
                {QStringLiteral("touchpoints"), ReportTr::tr("Touchpoints")},
                {QStringLiteral("conversations"), ReportTr::tr("Conversations")},
                {QStringLiteral("ties"), ReportTr::tr("Ties")},
                {QStringLiteral("events"), ReportTr::tr("Events")},
                {QStringLiteral("followups"), ReportTr::tr("Follow-ups")},
                {QStringLiteral("notes"), ReportTr::tr("Notes")}};
    case ReportKind::Community:
        return {{QStringLiteral("summary"), ReportTr::tr("Summary")},
                {QStringLiteral("balance"), ReportTr::tr("Do with, not to")},
                {QStringLiteral("members"), ReportTr::tr("Members")},
                {QStringLiteral("conversations"), ReportTr::tr("Conversations")}};
    }
    return {};
}

} // namespace chorus::report
