#pragma once

#include "model/Ids.h"
#include "model/Stance.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <optional>

namespace chorus {

/// The five lists of DESIGN.md §4. The keys are stored in suggestion feedback and used on the command line.
enum class SuggestionKind { Support, Join, Introduce, Reconnect, Caution };

QString suggestionKindKey(SuggestionKind kind);
std::optional<SuggestionKind> suggestionKindFromKey(const QString& key);
QString suggestionKindLabel(SuggestionKind kind); ///< translated
QStringList suggestionKindKeys();
const QVector<SuggestionKind>& allSuggestionKinds();

/// One named part of a score. Terms add up (weight × value); factors then multiply the sum.
struct SuggestionComponent {
    QString key;       ///< stable: "freshness", "voice", "fairness"…
    double value = 0;  ///< 0..1
    double weight = 1; ///< for terms; unused for factors
    bool factor = false;

    bool operator==(const SuggestionComponent&) const = default;
};

/// A person a suggestion is about.
struct SuggestedPerson {
    Id id = 0;
    QString name;
    Stance stance = Stance::Unknown;

    bool operator==(const SuggestedPerson&) const = default;
};

/// What to act on: the post, the thread, the pair, the promise, or the person.
enum class SuggestionObjectType { Post, Thread, Pair, FollowUp, Person };
QString suggestionObjectTypeKey(SuggestionObjectType type);

struct SuggestionObject {
    SuggestionObjectType type = SuggestionObjectType::Person;
    Id id = 0; ///< conversation, follow-up or person id (0 for a pair)
    QString title;
    QUrl url;
    QDateTime at; ///< when it was posted, last active or due

    bool operator==(const SuggestionObject&) const = default;
};

/// One explainable suggestion: who, what to act on, the score and how it was made, one sentence.
struct Suggestion {
    SuggestionKind kind = SuggestionKind::Support;
    QString action;     ///< "amplify", "join", "curate", "introduce", "reconnect", "follow-up", "listen"
    QString subjectKey; ///< identifies it for feedback within its kind: "person:12", "pair:3:9"…
    double score = 0;
    QVector<SuggestionComponent> components;
    QString explanation;
    QVector<SuggestedPerson> people;
    SuggestionObject object;

    /// Σ weight × value over the terms, times every factor.
    static double scoreOf(const QVector<SuggestionComponent>& components);
    /// The arithmetic behind the score, one line per component, for --explain.
    QStringList arithmetic() const;

    bool operator==(const Suggestion&) const = default;
};

/// Translated name of a component key, for explanations and the Today view.
QString suggestionComponentLabel(const QString& key);

} // namespace chorus
