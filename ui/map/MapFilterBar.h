#pragma once

#include "graph/GraphAnalysis.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// The map's filters: which part of the workspace the graph is built from (topic, stances, minimum tie
/// weight, a time window) and which community to pick out.
class MapFilterBar final : public QWidget {
    Q_OBJECT
public:
    MapFilterBar(Workspace& workspace, QWidget* parent = nullptr);

    /// The graph options the filters ask for.
    GraphOptions options() const;
    /// Refill the topic list and the communities of a freshly loaded analysis.
    void refresh(const GraphAnalysis* analysis);
    int community() const; ///< -1: all

signals:
    /// The graph must be rebuilt with options().
    void optionsChanged();
    void communityChanged(int community);

private:
    Workspace& m_workspace;
    QComboBox* m_topic = nullptr;
    QComboBox* m_stance = nullptr;
    QComboBox* m_window = nullptr;
    QDoubleSpinBox* m_minWeight = nullptr;
    QComboBox* m_community = nullptr;
    QTimer m_minWeightPause; ///< the arrows and the wheel step the strength: rebuild once they pause
};

} // namespace chorus::ui
