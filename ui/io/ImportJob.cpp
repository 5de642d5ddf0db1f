#include "ImportJob.h"

#include "io/CsvImport.h"
#include "io/TouchpointRows.h"
#include "io/VCardImport.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent>

namespace chorus::ui {

ImportFormat importFormatForFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ImportFormat::VCard;
    if (suffix == QLatin1String("json"))
        return ImportFormat::Json;
    return ImportFormat::Csv;
}

ImportJob::ImportJob(QString workspacePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath)) {
    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this, [this] {
        if (m_previewWatcher.future().isValid() && m_previewWatcher.future().resultCount() > 0)
            emit previewReady(m_previewWatcher.result());
    });
    connect(&m_commitWatcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        if (m_commitWatcher.future().resultCount() > 0)
            emit committed(m_commitWatcher.result());
    });
}

ImportJob::~ImportJob() {
    cancel();
    wait();
}

void ImportJob::wait() {
    m_previewWatcher.waitForFinished();
    m_commitWatcher.waitForFinished();
}

void ImportJob::cancel() {
    m_cancel->store(true);
}

std::function<bool(int)> ImportJob::progressCallback() {
    // The destructor waits for the worker, so `self` outlives every progress call.
    ImportJob* self = this;
    auto cancelled = m_cancel;
    return [self, cancelled](int permille) {
        QMetaObject::invokeMethod(self, [self, permille] { emit self->progress(permille); });
        return !cancelled->load();
    };
}

void ImportJob::preview(const QByteArray& bytes, const QString& fileName, ImportFormat format,
                        const io::CsvImportOptions& options) {
    // A running preview is superseded: cancel it and wait (it stops at its next progress report).
    cancel();
    m_previewWatcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto report = progressCallback();
    const QString path = m_path;
    m_previewWatcher.setFuture(QtConcurrent::run([=]() -> ImportPreview {
        ImportPreview p;
        p.format = format;
        p.source.fileName = fileName;
        if (format == ImportFormat::Json) {
            auto dump = io::JsonWorkspace::parse(bytes, fileName);
            if (!dump) {
                p.error = dump.error().message;
                return p;
            }
            for (const auto& [table, rows] : dump->tables)
                p.tableCounts.append({table->name, rows.size()});
            return p;
        }
        if (format == ImportFormat::Csv) {
            auto file = io::CsvImport::load(bytes, fileName, options,
                                            [&](int permille) { return report(permille / 3); });
            if (!file) {
                p.error = file.error().message;
                p.cancelled = file.error().code == ErrorCode::Cancelled;
                return p;
            }
            p.source.fileName = fileName;
            p.source.format = QStringLiteral("csv");
            p.source.encoding = file->encoding;
            p.source.delimiter = file->delimiter;
            p.source.header = file->header();
            p.source.headerLine = file->headerLine();
            p.source.fields = io::mapColumns(p.source.header, options, &p.source.preset, &p.source.target);
            if (p.source.target == io::ImportTarget::Touchpoints) {
                auto rows = io::TouchpointRows::read(*file, p.source.fields);
                if (!rows)
                    p.error = rows.error().message;
                else
                    p.source.touchpoints = std::move(*rows);
            } else {
                p.source.records = io::CsvImport::records(*file, p.source.fields, true, p.source.preset);
            }
            const auto& records = file->document.records;
            for (qsizetype i = file->headerIndex + 1; i < records.size() && p.sampleRows.size() < 3; ++i)
                p.sampleRows << records[i].fields;
            if (!p.error.isEmpty())
                return p; // the mapping table still shows, so the user can map the missing column
        } else {
            auto source = io::VCardImport::read(bytes, fileName);
            if (!source) {
                p.error = source.error().message;
                return p;
            }
            p.source = std::move(*source);
        }
        auto ws = Workspace::open(path, {});
        if (!ws) {
            p.error = ws.error().message;
            return p;
        }
        if (p.source.target == io::ImportTarget::Touchpoints) {
            auto plan = io::TouchpointImport::plan(**ws, fileName, p.source.touchpoints, [&](int permille) {
                return report(333 + permille * 2 / 3);
            });
            if (!plan) {
                p.error = plan.error().message;
                p.cancelled = plan.error().code == ErrorCode::Cancelled;
            } else {
                p.touchpointPlan = std::move(*plan);
            }
            return p;
        }
        auto plan = io::ImportPlanner::plan(**ws, fileName, p.source.records,
                                            [&](int permille) { return report(333 + permille * 2 / 3); });
        if (!plan) {
            p.error = plan.error().message;
            p.cancelled = plan.error().code == ErrorCode::Cancelled;
            return p;
        }
        p.plan = std::move(*plan);
        return p;
    }));
}

void ImportJob::commit(const ImportPreview& preview, const QByteArray& bytes) {
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto report = progressCallback();
    const QString path = m_path;
    m_commitWatcher.setFuture(QtConcurrent::run([=]() -> ImportResult {
        ImportResult r;
        auto ws = Workspace::open(path, {});
        if (!ws) {
            r.error = ws.error().message;
            return r;
        }
        if (preview.format == ImportFormat::Json) {
            auto dump = io::JsonWorkspace::parse(bytes, preview.source.fileName);
            if (!dump) {
                r.error = dump.error().message;
                return r;
            }
            auto st = io::JsonWorkspace::importInto(**ws, *dump, report);
            if (!st) {
                r.error = st.error().message;
                r.cancelled = st.error().code == ErrorCode::Cancelled;
            }
            r.jsonPeople = dump->people();
            return r;
        }
        if (preview.source.target == io::ImportTarget::Touchpoints) {
            auto added = io::TouchpointImport::commit(**ws, preview.touchpointPlan, report);
            if (!added) {
                r.error = added.error().message;
                r.cancelled = added.error().code == ErrorCode::Cancelled;
            } else {
                r.touchpoints = *added;
            }
            return r;
        }
        auto outcome = io::ImportCommitter::commit(**ws, preview.plan, report);
        if (!outcome) {
            r.error = outcome.error().message;
            r.cancelled = outcome.error().code == ErrorCode::Cancelled;
            return r;
        }
        r.outcome = *outcome;
        return r;
    }));
}

} // namespace chorus::ui
