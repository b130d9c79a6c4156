<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * MWS rejected the request for throttling (RequestThrottled, QuotaExceeded): retry after a back-off.
 */
final class MwsThrottledException extends MwsErrorException
{
}
