#pragma once

#include "model/Topic.h"

#include <QStringList>
#include <QVector>

namespace chorus {

/// Finds which of the workspace's topics a text talks about: a topic matches where its name appears as a
/// whole word (or a hashtag), ignoring case; names of three characters or fewer ("Go", "AI") must match case
/// too, so "go to" is not about Go.
class TopicMatcher final {
public:
    explicit TopicMatcher(QVector<Topic> topics);

    /// The names of the matching topics, as stored, in the order the topics were given.
    QStringList match(const QString& text) const;

private:
    QVector<Topic> m_topics;
};

} // namespace chorus
