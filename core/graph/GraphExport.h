#pragma once

#include "GraphAnalysis.h"

#include <QIODevice>
#include <QPointF>

namespace chorus {

enum class GraphFormat { Gexf, GraphMl };

std::optional<GraphFormat> graphFormatFromKey(const QString& key); ///< "gexf", "graphml"

/// Writes the relationship graph with its attributes (organisation, stance, community and its label, degree,
/// PageRank, betweenness; edge weight and kinds) and, when given, positions (indexed like the nodes), in a
/// form Gephi, networkx and igraph open. GEXF 1.2 carries positions as viz:position and colours as viz:color;
/// GraphML carries them as x/y data keys.
class GraphExport final {
public:
    static Status write(QIODevice& device, GraphFormat format, const GraphAnalysis& analysis,
                        const QVector<QPointF>& positions);
    /// Through QSaveFile: the file is replaced whole or not at all.
    static Status writeFile(const QString& path, GraphFormat format, const GraphAnalysis& analysis,
                            const QVector<QPointF>& positions);
    /// The text without the control characters XML 1.0 cannot carry, even escaped.
    static QString xmlSafe(const QString& text);
};

} // namespace chorus
