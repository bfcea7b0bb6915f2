#pragma once
// Numbers in the engine's English messages and sentences (the front ends format for the
// user's locale themselves): fixed decimals with a '.' whatever the C locale says.

#include <cstdio>
#include <string>

namespace seg {

/// `value` with `decimals` decimals: fixedText(0.1234, 2) == "0.12".
inline std::string fixedText(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

/// A share 0..1 as a percentage: percentText(0.253) == "25.3%".
inline std::string percentText(double share, int decimals = 1)
{
    return fixedText(100.0 * share, decimals) + "%";
}

} // namespace seg
