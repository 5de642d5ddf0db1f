#pragma once

#include "Suggestion.h"
#include "SuggestionSettings.h"
#include "model/SuggestionFeedback.h"
#include "storage/SuggestionRepository.h"

#include <QHash>
#include <QSet>

namespace chorus {

class Workspace;

/// What every ranker reads: the clock's "now", the settings, focus topics and the feedback of its kind.
struct SuggestionContext {
    Workspace& workspace;
    SuggestionRepository& facts;
    QDateTime now;
    SuggestionSettings settings;
    QSet<Id> focusTopics;

    /// The latest feedback per subject key for `kind` (read once per list).
    Result<QHash<QString, SuggestionFeedback>> feedback(SuggestionKind kind) const;
};

namespace suggest {

/// 2^(−age/halfLife): 1 now, ½ after one half-life.
double decay(const QDateTime& at, const QDateTime& now, double halfLifeDays);
double daysBetween(const QDateTime& from, const QDateTime& to);
/// champion 1, advocate 0.9, supporter 0.7, neutral/unknown 0.3, sceptic 0.
double alignment(Stance stance);
/// (inbound + ½·two-way outbound + 1) / (all + 2): ½ when nothing is known.
double reciprocity(int inbound, int outbound, int outboundTwoWay);
/// Health 0..100 from the stored log at `now`.
double health(const std::optional<double>& healthLog, const QDateTime& now, const HealthParameters& p);

/// Whether feedback hides a suggestion now. Dismissed: always. Snoozed: until its date. Done: while nothing
/// newer than the done moment exists to act on (`freshSince`), or for `quietDays` when `freshSince` is null.
bool hiddenBy(const SuggestionFeedback* feedback, const QDateTime& now, const QDateTime& freshSince,
              double quietDays);

/// Highest score first; equal scores by the first person's name, then the subject key (no dependence on
/// the order rows were stored in).
void rank(QVector<Suggestion>& suggestions);

/// "today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago" (translated).
QString ago(const QDateTime& at, const QDateTime& now);
/// "7 weeks" style span, for "you have not … in …".
QString span(double days);
/// A reach as people read it: "850", "12,400", "1.2 million".
QString audience(qint64 reach);
QString quoted(const QString& title);

} // namespace suggest
} // namespace chorus
