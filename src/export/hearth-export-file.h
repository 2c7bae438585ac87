/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean hearth_export_file_save (GFile         *file,
                                  const void    *data,
                                  gsize          length,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS
