#pragma once

#include <QString>

#include <optional>

namespace chorus::ui {

/// The pages of the main window, in the order the navigation sidebar lists them.
enum class PageId { Today, People, Conversations, Events, Map, Dashboard, Reports, Sources };

inline constexpr PageId AllPages[] = {PageId::Today,   PageId::People, PageId::Conversations,
                                      PageId::Events,  PageId::Map,    PageId::Dashboard,
                                      PageId::Reports, PageId::Sources};

/// The page's name in the sidebar and the window title (translated).
QString pageTitle(PageId id);
/// What the page will show, for the placeholder until the page is built (translated).
QString pagePromise(PageId id);
/// A stable key for settings ("people"); never translated.
QString pageKey(PageId id);
std::optional<PageId> pageFromKey(const QString& key);

} // namespace chorus::ui
