#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace chorus {

struct NameCulture {
    QString culture;
    std::vector<QString> firstNames;
    std::vector<QString> familyNames;
    bool familyNameFirst = false; ///< written family-first without a space (Chinese in Hanzi)
};

struct Community {
    QString key;
    std::vector<QString> topics;
};

/// The word lists behind sample workspaces, read from the resources compiled into chorus_core.
struct SampleData {
    std::vector<NameCulture> cultures;
    std::vector<QString> organisations;
    std::vector<Community> communities;
    std::vector<QString> titleTemplates;
    std::vector<QString> noteTemplates;

    static Result<SampleData> load();
};

} // namespace chorus
