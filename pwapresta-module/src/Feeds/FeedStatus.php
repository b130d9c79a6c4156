<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Status of a row of the feed queue.
 *
 * queued: waiting for SubmitFeed (again after a throttled or failed attempt); sending: SubmitFeed
 * is under way, and a row left in it by a request that died needs a check in Seller Central;
 * submitted: Amazon accepted it and its processing report is pending; done: the report has no
 * error; failed: the report has errors, or Amazon rejected the request itself.
 */
final class FeedStatus
{
    public const QUEUED = 'queued';
    public const SENDING = 'sending';
    public const SUBMITTED = 'submitted';
    public const DONE = 'done';
    public const FAILED = 'failed';
}
