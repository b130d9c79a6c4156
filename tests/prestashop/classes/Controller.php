<?php
/**
 * PrestaShop's Controller: run() calls init(), postProcess(), initContent() and display() in
 * PrestaShop's order.
 */
abstract class Controller
{
    public $context;
    public $php_self;
    public $ajax = false;
    public $content_only = false;
    public $errors = [];
    public $warning = [];
    public $success = [];
    public $info = [];
    protected $template;
    protected $redirect_after;
    protected $json = false;
    public $controller_type;

    public function __construct()
    {
        $this->context = Context::getContext();
        $this->context->controller = $this;
        $this->ajax = Tools::getValue('ajax') || Tools::isSubmit('ajax');
    }

    public static function getController($class_name, $auth = false, $ssl = false)
    {
        return new $class_name($auth, $ssl);
    }

    public function run()
    {
        $this->init();
        if ($this->checkAccess()) {
            $this->postProcess();
            if (!empty($this->redirect_after)) {
                $this->redirect();
            }
            if ($this->viewAccess()) {
                $this->initContent();
            }
            if ($this->ajax) {
                $action = Tools::toCamelCase((string) Tools::getValue('action'), true);
                if ($action !== '' && method_exists($this, 'displayAjax' . $action)) {
                    $this->{'displayAjax' . $action}();
                    return;
                }
                if (method_exists($this, 'displayAjax')) {
                    $this->displayAjax();
                    return;
                }
            }
            $this->display();
        }
    }

    public function init()
    {
    }

    public function checkAccess()
    {
        return true;
    }

    public function viewAccess()
    {
        return true;
    }

    public function postProcess()
    {
    }

    public function initContent()
    {
    }

    public function display()
    {
        if ($this->template) {
            echo $this->context->smarty->fetch($this->template);
        }
    }

    public function setTemplate($template, $params = [], $locale = null)
    {
        $this->template = $template;
    }

    public function getTemplate()
    {
        return $this->template;
    }

    protected function redirect()
    {
        Tools::redirect($this->redirect_after);
    }

    public function ajaxRender($value = null, $controller = null, $method = null)
    {
        echo $value;
    }

    public function setMedia()
    {
    }

    public function addJS($js_uri, $check_path = true)
    {
    }

    public function addCSS($css_uri, $css_media_type = 'all', $offset = null, $check_path = true)
    {
    }

    public function registerJavascript($id, $relativePath, $params = [])
    {
    }

    public function registerStylesheet($id, $relativePath, $params = [])
    {
    }
}
