#pragma once

#include <QDialog>

namespace chorus::ui {

/// The first-run page: start an empty workspace or explore a sample one (made by the generator at a
/// demo size), or open an existing file.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Empty, Sample, Open };

    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    /// For Open: the file the user picked.
    QString openedPath() const { return m_openedPath; }

private:
    Choice m_choice = Choice::None;
    QString m_openedPath;
};

} // namespace chorus::ui
