#include "SuggestionContext.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace chorus {

Result<QHash<QString, SuggestionFeedback>> SuggestionContext::feedback(SuggestionKind kind) const {
    return workspace.feedback().latestByKind(suggestionKindKey(kind));
}

namespace suggest {

double daysBetween(const QDateTime& from, const QDateTime& to) {
    if (!from.isValid() || !to.isValid())
        return 0;
    return double(from.secsTo(to)) / 86400.0;
}

double decay(const QDateTime& at, const QDateTime& now, double halfLifeDays) {
    if (!at.isValid())
        return 0;
    const double age = std::max(0.0, daysBetween(at, now));
    return std::exp2(-age / std::max(halfLifeDays, 0.01));
}

double alignment(Stance stance) {
    switch (stance) {
    case Stance::Champion:
        return 1.0;
    case Stance::Advocate:
        return 0.9;
    case Stance::Supporter:
        return 0.7;
    case Stance::Neutral:
    case Stance::Unknown:
        return 0.3;
    case Stance::Sceptic:
        break;
    }
    return 0.0;
}

double reciprocity(int inbound, int outbound, int outboundTwoWay) {
    const double credit = double(inbound) + 0.5 * double(outboundTwoWay);
    return (credit + 1.0) / (double(inbound + outbound) + 2.0);
}

double health(const std::optional<double>& healthLog, const QDateTime& now, const HealthParameters& p) {
    return healthScore(healthLog, now, p);
}

bool hiddenBy(const SuggestionFeedback* feedback, const QDateTime& now, const QDateTime& freshSince,
              double quietDays) {
    if (!feedback)
        return false;
    switch (feedback->action) {
    case FeedbackAction::Dismissed:
        return true;
    case FeedbackAction::Snoozed:
        return feedback->until.isValid() && now < feedback->until;
    case FeedbackAction::Done:
        if (freshSince.isValid())
            return freshSince <= feedback->at;
        return daysBetween(feedback->at, now) < quietDays;
    }
    return false;
}

void rank(QVector<Suggestion>& suggestions) {
    // Scores are rounded before comparing so that sums taken in another order cannot swap two equals.
    auto rounded = [](double s) {
        return std::round(s * 1e9);
    };
    std::stable_sort(suggestions.begin(), suggestions.end(), [&](const Suggestion& a, const Suggestion& b) {
        const double ra = rounded(a.score), rb = rounded(b.score);
        if (ra != rb)
            return ra > rb;
        const QString na = a.people.isEmpty() ? QString() : a.people.first().name;
        const QString nb = b.people.isEmpty() ? QString() : b.people.first().name;
        if (const int c = na.compare(nb); c != 0)
            return c < 0;
        const QString sa = a.people.size() > 1 ? a.people.at(1).name : QString();
        const QString sb = b.people.size() > 1 ? b.people.at(1).name : QString();
        if (const int c = sa.compare(sb); c != 0)
            return c < 0;
        if (const int c = a.object.title.compare(b.object.title); c != 0)
            return c < 0;
        return a.subjectKey < b.subjectKey;
    });
}

QString ago(const QDateTime& at, const QDateTime& now) {
    const double days = daysBetween(at, now);
    if (days < 1)
        return QCoreApplication::translate("Suggestions", "today");
    if (days < 2)
        return QCoreApplication::translate("Suggestions", "yesterday");
    return QCoreApplication::translate("Suggestions", "%1 ago").arg(span(days));
}

QString span(double days) {
    // Singular and plural spelled out: without a loaded translation "%n day(s)" would print as is.
    auto count = [](int n, const char* one, const char* many) {
        return n == 1 ? QCoreApplication::translate("Suggestions", one)
                      : QCoreApplication::translate("Suggestions", many).arg(n);
    };
    const int d = std::max(1, int(std::floor(days)));
    if (d < 14)
        return count(d, QT_TRANSLATE_NOOP("Suggestions", "1 day"),
                     QT_TRANSLATE_NOOP("Suggestions", "%1 days"));
    if (d < 70)
        return count(d / 7, QT_TRANSLATE_NOOP("Suggestions", "1 week"),
                     QT_TRANSLATE_NOOP("Suggestions", "%1 weeks"));
    if (d < 730)
        return count(d / 30, QT_TRANSLATE_NOOP("Suggestions", "1 month"),
                     QT_TRANSLATE_NOOP("Suggestions", "%1 months"));
    return count(d / 365, QT_TRANSLATE_NOOP("Suggestions", "1 year"),
                 QT_TRANSLATE_NOOP("Suggestions", "%1 years"));
}

QString audience(qint64 reach) {
    const QLocale locale;
    if (reach >= 1000000)
        return QCoreApplication::translate("Suggestions", "%1 million")
            .arg(locale.toString(double(reach) / 1e6, 'f', 1));
    return locale.toString(reach);
}

QString quoted(const QString& title) {
    return QCoreApplication::translate("Suggestions", "“%1”").arg(title);
}

} // namespace suggest
} // namespace chorus
