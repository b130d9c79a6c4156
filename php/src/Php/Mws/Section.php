<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

/**
 * An MWS API section: its request path, its Version and the name of its seller parameter.
 */
final class Section
{
    /** @var array<string, list<string>> actions per section name */
    private const ACTIONS = [
        'Orders' => [
            'ListOrders', 'ListOrdersByNextToken', 'GetOrder', 'ListOrderItems', 'ListOrderItemsByNextToken',
            'GetServiceStatus',
        ],
        'Reports' => [
            'RequestReport', 'GetReportRequestList', 'GetReportRequestListByNextToken', 'GetReportRequestCount',
            'CancelReportRequests', 'GetReportList', 'GetReportListByNextToken', 'GetReportCount', 'GetReport',
            'ManageReportSchedule', 'GetReportScheduleList', 'GetReportScheduleListByNextToken',
            'GetReportScheduleCount', 'UpdateReportAcknowledgements',
        ],
        'Feeds' => [
            'SubmitFeed', 'GetFeedSubmissionList', 'GetFeedSubmissionListByNextToken', 'GetFeedSubmissionCount',
            'CancelFeedSubmissions', 'GetFeedSubmissionResult',
        ],
    ];

    private function __construct(
        public readonly string $path,
        public readonly string $version,
        public readonly string $sellerParameter,
    ) {
    }

    /**
     * Finds the section of an action (exact spelling), or null for an unknown action.
     * GetServiceStatus exists in every section; it is signed here for the Orders API.
     */
    public static function ofAction(string $action): ?self
    {
        foreach (self::ACTIONS as $section => $actions) {
            if (in_array($action, $actions, true)) {
                return $section === 'Orders'
                    ? new self('/Orders/2013-09-01', '2013-09-01', 'SellerId')
                    : new self('/', '2009-01-01', 'Merchant');
            }
        }

        return null;
    }
}
