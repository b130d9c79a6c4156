<?php
/**
 * PrestaShop's OrderState, multilingual name and mail template.
 */
class OrderState extends ObjectModel
{
    public $name;
    public $template;
    public $send_email = 0;
    public $module_name;
    public $invoice = 0;
    public $color;
    public $unremovable = 0;
    public $logable = 0;
    public $delivery = 0;
    public $hidden = 0;
    public $shipped = 0;
    public $paid = 0;
    public $pdf_invoice = 0;
    public $pdf_delivery = 0;
    public $deleted = 0;

    public static $definition = [
        'table' => 'order_state',
        'primary' => 'id_order_state',
        'multilang' => true,
        'fields' => [
            'send_email' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'module_name' => ['type' => self::TYPE_STRING, 'validate' => 'isModuleName'],
            'invoice' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'color' => ['type' => self::TYPE_STRING, 'validate' => 'isColor'],
            'logable' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'shipped' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'unremovable' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'delivery' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'hidden' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'paid' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'pdf_delivery' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'pdf_invoice' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'required' => true, 'validate' => 'isGenericName', 'size' => 64],
            'template' => ['type' => self::TYPE_STRING, 'lang' => true, 'size' => 64],
        ],
    ];

    public static function getOrderStates($id_lang, $filterDeleted = true)
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'order_state os
            LEFT JOIN ' . _DB_PREFIX_ . 'order_state_lang osl ON os.id_order_state = osl.id_order_state AND osl.id_lang = ' . (int) $id_lang
            . ($filterDeleted ? ' WHERE deleted = 0' : '') . ' ORDER BY name ASC') ?: [];
    }

    public static function invoiceAvailable($id_order_state)
    {
        return (bool) Db::getInstance()->getValue('SELECT invoice FROM ' . _DB_PREFIX_ . 'order_state WHERE id_order_state = ' . (int) $id_order_state);
    }

    public function isRemovable()
    {
        return !$this->unremovable;
    }
}
