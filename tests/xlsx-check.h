/* xlsx-check.h: run the independent xlsx checker from a C test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

void check_xlsx (const char *json);
