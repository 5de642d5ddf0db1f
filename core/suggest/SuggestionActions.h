#pragma once

#include "Suggestion.h"
#include "model/Touchpoint.h"
#include "storage/TouchpointRepository.h"

#include <QVector>

namespace chorus {

class Workspace;

/// What acting on a suggestion means in the workspace: the touchpoints to log (amplified their post, replied
/// in the thread, introduced both…), and for the rest (a tie made by an introduction, a follow-up kept, a
/// thread joined) the changes that go with them.
namespace suggestionActions {

/// The touchpoints acting on `suggestion` logs at `at` (none for caution: listening is not a touchpoint).
QVector<Touchpoint> touchpointsFor(const Suggestion& suggestion, const QDateTime& at);
/// "Log “Amplified their work” with Ada Lovelace?" — the question asked before logging (translated).
QString confirmation(const Suggestion& suggestion);

/// Marks the suggestion done and, when `logTouchpoints`, logs its touchpoints and the changes that go with
/// them, all in one transaction.
Status act(Workspace& workspace, const Suggestion& suggestion, const QDateTime& at, bool logTouchpoints);

/// True when pitches and broadcasts outnumber doing things with people (at least four touchpoints counted).
bool broadcastingDominates(const AxisBalance& balance);
/// One sentence about the balance, with a gentle nudge when broadcasting dominates (translated).
QString describeBalance(const AxisBalance& balance);

} // namespace suggestionActions
} // namespace chorus
