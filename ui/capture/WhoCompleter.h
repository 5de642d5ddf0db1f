#pragma once

#include "model/Ids.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Completion over people's names and handles for a "who" field: as the user types, the best matches from the
/// workspace's search index pop up ("Ada Lovelace · Analytical Engines · @ada"); choosing one (arrows, Enter)
/// puts the name in the field and remembers the person, until the text is edited away from that name.
class WhoCompleter final : public QObject {
    Q_OBJECT
public:
    WhoCompleter(Workspace& workspace, QLineEdit* edit, int limit = 8);

    /// The person chosen from the list, or 0 when the text was typed (or edited since).
    Id chosenId() const { return m_chosenId; }
    QCompleter* completer() const { return m_completer; }
    /// Forget the choice (a new entry).
    void reset();

signals:
    void personChosen(chorus::Id personId);

private:
    void refresh(const QString& text);
    void choose(const QModelIndex& index);

    Workspace& m_workspace;
    QLineEdit* m_edit;
    int m_limit;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    Id m_chosenId = 0;
    QString m_chosenName;
};

} // namespace chorus::ui
