#pragma once

#include "util/Result.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;

namespace chorus {
class SettingsRepository;
}

namespace chorus::ui {

/// Preferences ▸ Suggestions: every weight and threshold of the suggestion model (SuggestionSettings, the
/// workspace's "suggest.*" settings) with a plain-language name, its default and a spin box, grouped by list.
/// Nothing is written until store(); "Restore defaults" only changes the spin boxes, so Cancel still undoes
/// it.
class SuggestionWeightsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionWeightsPage(SettingsRepository& settings, QWidget* parent = nullptr);

    /// The values that differ from what is stored, as setting name and value.
    QVector<std::pair<QString, double>> changes() const;
    /// Checks the changes without writing anything.
    Status validate() const;
    /// Writes the changes (one transaction); nothing when nothing changed.
    Status store();
    /// Puts every spin box back to its default value.
    void restoreDefaults();

private:
    SettingsRepository& m_settings;
    QHash<QString, QDoubleSpinBox*> m_boxes;
    QHash<QString, double> m_stored;
    QHash<QString, double> m_defaults;
};

} // namespace chorus::ui
