<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\DocumentTooLargeException;
use PwaPresta\Exception\UnknownActionException;
use PwaPresta\Php\Mws\Response\Element;
use PwaPresta\Php\Mws\Response\ElementReader;
use PwaPresta\Php\Mws\Response\ErrorResponse;
use PwaPresta\Php\Mws\Response\FeedsAnswers;
use PwaPresta\Php\Mws\Response\Fields;
use PwaPresta\Php\Mws\Response\OrdersAnswers;
use PwaPresta\Php\Mws\Response\ReportsAnswers;

/**
 * Parses MWS answers of the Reports, Orders and Feeds sections into the shapes documented in
 * PwaPresta\Api::parseMwsResponse. Twin of `parse` in the Rust module `mws::response`.
 *
 * Checks run in this order: the action is known, the size limit, the XML itself (DOCTYPE,
 * well-formedness), an ErrorResponse, the root element, and the values used.
 */
final class ResponseParser
{
    /** Largest MWS answer accepted, in bytes (as MAX_ANSWER_BYTES in Rust). */
    public const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private const FAMILIES = [
        'RequestReport' => [ReportsAnswers::class, 'requestReport'],
        'ManageReportSchedule' => [ReportsAnswers::class, 'manageReportSchedule'],
        'GetReportRequestList' => [ReportsAnswers::class, 'reportRequestList'],
        'GetReportList' => [ReportsAnswers::class, 'reportList'],
        'UpdateReportAcknowledgements' => [ReportsAnswers::class, 'updateAcknowledgements'],
        'ListOrders' => [OrdersAnswers::class, 'listOrders'],
        'ListOrderItems' => [OrdersAnswers::class, 'listOrderItems'],
        'SubmitFeed' => [FeedsAnswers::class, 'submitFeed'],
        'GetFeedSubmissionList' => [FeedsAnswers::class, 'feedSubmissionList'],
    ];

    private const PAGED = ['GetReportRequestList', 'GetReportList', 'ListOrders', 'ListOrderItems', 'GetFeedSubmissionList'];

    /** @return array<string, mixed> */
    public static function parse(string $action, string $xml): array
    {
        $family = self::family($action);
        $size = strlen($xml);
        if ($size > self::MAX_ANSWER_BYTES) {
            throw new DocumentTooLargeException(
                sprintf(
                    'the document is %d bytes, more than the limit of %d bytes: request smaller pages',
                    $size,
                    self::MAX_ANSWER_BYTES,
                ),
                ['size' => $size, 'limit' => self::MAX_ANSWER_BYTES],
            );
        }
        $root = self::document($xml);
        ErrorResponse::check($root);

        if ($action === 'GetFeedSubmissionResult') {
            return FeedsAnswers::processingReport($root);
        }
        $expectedRoot = $action . 'Response';
        if ($root->name !== $expectedRoot) {
            throw Fields::invalid($root->name, sprintf(
                "the answer's root element is %s, expected %s: pass the action the request was sent with",
                $root->name,
                $expectedRoot,
            ));
        }
        $resultName = $action . 'Result';
        $result = $root->child($resultName) ?? throw Fields::missing($resultName, $root->name);
        $requestId = $root->child('ResponseMetadata')?->childText('RequestId');

        return (self::FAMILIES[$family])($requestId, $result);
    }

    /** The family of an action (the action without ByNextToken); UnknownActionException otherwise. */
    private static function family(string $action): string
    {
        if ($action === 'GetFeedSubmissionResult') {
            return $action;
        }
        $family = str_ends_with($action, 'ByNextToken') ? substr($action, 0, -strlen('ByNextToken')) : $action;
        $paged = $family !== $action;
        if (!isset(self::FAMILIES[$family]) || ($paged && !in_array($family, self::PAGED, true))) {
            throw new UnknownActionException(
                sprintf('unknown MWS action "%s": use one listed in PwaPresta\Api::parseMwsResponse', $action),
                ['action' => $action],
            );
        }

        return $family;
    }

    private static function document(string $xml): Element
    {
        $reader = ElementReader::fromString($xml);
        while (true) {
            $node = $reader->nextNode();
            if ($node !== null && $node[0] === ElementReader::START) {
                $root = $reader->readSubtree($node[1]);
                break;
            }
        }
        while ($reader->nextNode() !== null) {
        }
        $reader->close();

        return $root;
    }
}
