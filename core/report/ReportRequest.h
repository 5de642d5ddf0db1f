#pragma once

#include "model/Ids.h"

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::report {

enum class ReportKind { Period, Person, Community };
enum class ReportFormat { Pdf, Html, Csv, Markdown };
/// Which table a CSV export holds (a CSV file is one table).
enum class CsvTable { People, Touchpoints };

QString reportKindKey(ReportKind kind); ///< "period", "person", "community"
std::optional<ReportKind> reportKindFromKey(const QString& key);
QString reportFormatKey(ReportFormat format); ///< "pdf", "html", "csv", "md"
std::optional<ReportFormat> reportFormatFromKey(const QString& key);
/// The format a file name's extension asks for (".pdf", ".html"/".htm", ".csv", ".md"/".markdown").
std::optional<ReportFormat> reportFormatFromFileName(const QString& fileName);
QString reportFormatSuffix(ReportFormat format);

/// Sections left out unless asked for: "map" (communities and a picture of the relationship map) analyses the
/// whole graph and may lay it out, which takes long on a big workspace.
QStringList optionalSections();

/// What the user asked for. The period is a range of whole days [from, to], both included, in UTC.
struct ReportRequest {
    ReportKind kind = ReportKind::Period;
    QDate from;
    QDate to;
    Id personId = 0;      ///< person dossier
    Id topicId = 0;       ///< community report over a topic
    Id communityId = 0;   ///< community report over a detected community (when a CommunitySource knows it)
    QStringList sections; ///< section keys to include; empty means all
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    CsvTable csvTable = CsvTable::People;
    int topN = 15; ///< rows in "most…" tables

    /// Whether a section is in the report: the ones listed, or when none are, every section except the
    /// optional ones (optionalSections()), which are in only when listed.
    bool wants(const QString& sectionKey) const {
        return sections.isEmpty() ? !optionalSections().contains(sectionKey) : sections.contains(sectionKey);
    }
};

/// The sections a kind of report can hold, as (key, translated title), in order.
QVector<std::pair<QString, QString>> availableSections(ReportKind kind);

} // namespace chorus::report
