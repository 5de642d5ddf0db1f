#include "PageId.h"

#include <QCoreApplication>

namespace chorus::ui {

QString pageTitle(PageId id) {
    switch (id) {
    case PageId::Today:
        return QCoreApplication::translate("Pages", "Today");
    case PageId::People:
        return QCoreApplication::translate("Pages", "People");
    case PageId::Conversations:
        return QCoreApplication::translate("Pages", "Conversations");
    case PageId::Events:
        return QCoreApplication::translate("Pages", "Events");
    case PageId::Map:
        return QCoreApplication::translate("Pages", "Map", "the relationship map");
    case PageId::Dashboard:
        return QCoreApplication::translate("Pages", "Dashboard");
    case PageId::Reports:
        return QCoreApplication::translate("Pages", "Reports");
    case PageId::Sources:
        return QCoreApplication::translate("Pages", "Sources", "feeds and imports");
    }
    return {};
}

QString pagePromise(PageId id) {
    switch (id) {
    case PageId::Today:
        return QCoreApplication::translate(
            "Pages", "Your morning list will appear here: people to support, threads worth joining, "
                     "introductions worth making, relationships going cold and follow-ups due.");
    case PageId::People:
        return QCoreApplication::translate("Pages", "Everyone in your world, with their profiles.");
    case PageId::Conversations:
        return QCoreApplication::translate("Pages", "Threads, posts and talks with their participants.");
    case PageId::Events:
        return QCoreApplication::translate("Pages", "Conferences, meetups and calls with their attendees.");
    case PageId::Map:
        return QCoreApplication::translate(
            "Pages", "The relationship map will appear here: communities, bridges between them and who is "
                     "isolated.");
    case PageId::Dashboard:
        return QCoreApplication::translate(
            "Pages",
            "Charts will appear here: your do-with / do-to balance, relationship health over time and "
            "follow-ups kept.");
    case PageId::Reports:
        return QCoreApplication::translate(
            "Pages", "Relationship reports for your manager or team will be made here (PDF, HTML, CSV, "
                     "Markdown).");
    case PageId::Sources:
        return QCoreApplication::translate(
            "Pages", "Feeds and imports will be managed here: where new posts and people come from.");
    }
    return {};
}

QString pageKey(PageId id) {
    switch (id) {
    case PageId::Today:
        return QStringLiteral("today");
    case PageId::People:
        return QStringLiteral("people");
    case PageId::Conversations:
        return QStringLiteral("conversations");
    case PageId::Events:
        return QStringLiteral("events");
    case PageId::Map:
        return QStringLiteral("map");
    case PageId::Dashboard:
        return QStringLiteral("dashboard");
    case PageId::Reports:
        return QStringLiteral("reports");
    case PageId::Sources:
        return QStringLiteral("sources");
    }
    return {};
}

std::optional<PageId> pageFromKey(const QString& key) {
    for (PageId id : AllPages) {
        if (pageKey(id) == key)
            return id;
    }
    return std::nullopt;
}

} // namespace chorus::ui
