#pragma once

#include "Suggestion.h"
#include "SuggestionSettings.h"
#include "model/SuggestionFeedback.h"
#include "storage/SuggestionRepository.h"

#include <QDateTime>
#include <QVector>

namespace chorus {

class Workspace;

/// The five ranked lists of DESIGN.md §4 over one workspace, and the user's feedback on them.
/// Deterministic for a given workspace and time: "now" is the workspace clock unless a time is given.
class SuggestionEngine final {
public:
    explicit SuggestionEngine(Workspace& workspace);

    /// One kind's list, best first; `limit` < 0 for all of it.
    Result<QVector<Suggestion>> list(SuggestionKind kind, int limit, const QDateTime& at = {});
    /// Every kind, in the order of allSuggestionKinds().
    Result<QVector<std::pair<SuggestionKind, QVector<Suggestion>>>> all(int limitPerKind,
                                                                        const QDateTime& at = {});

    /// Feedback, stored per kind and subject: the same person stays in the other kinds' lists.
    Status markDone(const Suggestion& suggestion, const QDateTime& at = {});
    Status dismiss(const Suggestion& suggestion, const QDateTime& at = {});
    Status snooze(const Suggestion& suggestion, const QDateTime& until, const QDateTime& at = {});

    /// The settings in force (weights from the workspace's "suggest.*" and "health.*" settings).
    const SuggestionSettings& settings() const { return m_settings; }
    void setSettings(const SuggestionSettings& settings) { m_settings = settings; }

private:
    Status record(const Suggestion& suggestion, FeedbackAction action, const QDateTime& until,
                  const QDateTime& at);
    QDateTime nowOr(const QDateTime& at) const;

    Workspace& m_workspace;
    SuggestionRepository m_facts;
    SuggestionSettings m_settings;
};

} // namespace chorus
