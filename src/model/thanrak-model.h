/* thanrak-model.h: every record class and enumeration of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-validation.h"
#include "thanrak-record.h"
#include "thanrak-operator.h"
#include "thanrak-product.h"
#include "thanrak-online-channel.h"
#include "thanrak-monthly-sales.h"
#include "thanrak-marketing-event.h"
#include "thanrak-district-figures.h"
#include "thanrak-center.h"
#include "thanrak-committee-member.h"
#include "thanrak-meeting.h"
#include "thanrak-service.h"
#include "thanrak-satisfaction-survey.h"
#include "thanrak-center-assessment.h"
#include "thanrak-project-proposal.h"
#include "thanrak-office.h"
