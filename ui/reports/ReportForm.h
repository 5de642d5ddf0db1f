#pragma once

#include "report/ReportRequest.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class PeriodPicker;
class PersonCompleter;

/// What report to make: kind and scope (person, topic), period, sections, format, page size, CSV table and
/// the file. Turns into a ReportRequest; says what is missing in words.
class ReportForm final : public QWidget {
    Q_OBJECT
public:
    explicit ReportForm(Workspace& workspace, QWidget* parent = nullptr);

    /// The request, or why there is none yet ("Choose a person.").
    Result<report::ReportRequest> request() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    PeriodPicker* periodPicker() const { return m_period; }

signals:
    void changed();

private:
    void kindChanged();
    void formatChanged();
    void chooseFile();

    Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_person = nullptr;
    PersonCompleter* m_completer = nullptr;
    QComboBox* m_topic = nullptr;
    PeriodPicker* m_period = nullptr;
    QListWidget* m_sections = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_pageSize = nullptr;
    QComboBox* m_csvTable = nullptr;
    QLineEdit* m_output = nullptr;
};

} // namespace chorus::ui
