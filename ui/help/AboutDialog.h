#pragma once

#include "about/BuildInfo.h"

#include <QDialog>

namespace chorus::ui {

/// Help ▸ About Chorus: what it is, its version and licence, and the versions of Qt, SQLite and igraph it
/// runs on (selectable, to paste into a bug report).
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const BuildInfo& info, QWidget* parent = nullptr);

    /// The plain text of the version block, as shown.
    QString versionsText() const { return m_versions; }

private:
    QString m_versions;
};

} // namespace chorus::ui
