<?php
/**
 * PrestaShop's ModuleFrontController: $this->module is the module instance, and templates are
 * set as 'module:<name>/views/templates/front/<file>.tpl'.
 */
class ModuleFrontController extends FrontController
{
    /** @var Module */
    public $module;

    public function __construct()
    {
        $this->module = Module::getInstanceByName((string) Tools::getValue('module'));
        if (!$this->module) {
            throw new PrestaShopException('Module not found');
        }
        $this->controller_type = 'modulefront';
        parent::__construct();
    }

    public function setTemplate($template, $params = [], $locale = null)
    {
        if (strpos($template, 'module:') === 0) {
            $this->template = $template;

            return;
        }
        $this->template = 'module:' . $this->module->name . '/views/templates/front/' . $template;
    }

    public function initContent()
    {
        parent::initContent();
    }
}
